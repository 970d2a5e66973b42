import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { renderWithFeed } from '../../render'
import {
  serveFeed,
  stockholmDevelopments,
  threeRoundsFeed,
  threeRoundsSessionNames,
} from '../../feed/three-rounds-feed'
import { timelineList, visitInLondon } from '../../page'

// No `now`: the page runs on the real clock, so every round of the feed is over.
function open(search = '') {
  visitInLondon(search)
  server.use(...serveFeed(threeRoundsFeed()))
  return renderWithFeed(<TimelinePanel />)
}

const roundHead = (list: HTMLElement, name: RegExp) => within(list).getByRole('button', { name })

describe('timeline: a feed of three rounds', () => {
  it('groups the sessions under their rounds, with place, dates and outcome; only the latest round open', async () => {
    open()
    const list = await timelineList()
    const geneva = roundHead(list, /^Geneva round/)
    const london = roundHead(list, /^London round/)
    const stockholm = roundHead(list, /^Stockholm round/)
    expect(geneva).toHaveAccessibleName(
      /Concluded\s*Villa Test, Geneva · 10 May 2025 – 11 May 2025/,
    )
    expect(stockholm).toHaveAccessibleName(/Test Hall, Stockholm · 28 Jul 2025 – 29 Jul 2025/)
    expect(stockholm.closest('li')).toHaveTextContent(
      'Outcome: Both sides agreed to keep talking (test outcome).',
    )
    expect(geneva).toHaveAttribute('aria-expanded', 'false')
    expect(london).toHaveAttribute('aria-expanded', 'false')
    expect(stockholm).toHaveAttribute('aria-expanded', 'true')
    // Only the open round's sessions are listed, by their own titles inside it.
    expect(within(list).getAllByRole('button', { name: /^Day \d/ })).toHaveLength(2)
    expect(list.querySelector('[data-roving-id="session:stockholm-day-1"]')).not.toBeNull()
    expect(list.querySelector('[data-roving-id="session:geneva-day-1"]')).toBeNull()
  })

  it('gives the year of times in another year than now (the real clock is past 2025)', async () => {
    open()
    const list = await timelineList()
    const day1 = list.querySelector('[data-roving-id="session:stockholm-day-1"]') as HTMLElement
    expect(within(day1).getByText(/^Mon 28 Jul 2025 /, { selector: 'time' })).toBeInTheDocument()
  })

  it('opens and closes a round', async () => {
    open()
    const user = userEvent.setup()
    const list = await timelineList()
    await user.click(roundHead(list, /^Geneva round/))
    expect(roundHead(list, /^Geneva round/)).toHaveAttribute('aria-expanded', 'true')
    expect(list.querySelector('[data-roving-id="session:geneva-day-2"]')).not.toBeNull()
    await user.click(roundHead(list, /^Stockholm round/))
    expect(list.querySelector('[data-roving-id="session:stockholm-day-1"]')).toBeNull()
  })

  it('moves between round heads with PageUp and PageDown', async () => {
    open()
    const user = userEvent.setup()
    const list = await timelineList()
    const focusedId = () =>
      (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-roving-id]')
        ?.dataset.rovingId
    const day2 = list.querySelector<HTMLElement>(
      '[data-roving-id="session:stockholm-day-2"] [data-roving-head]',
    )!
    day2.focus()
    await user.keyboard('{PageUp}')
    expect(focusedId()).toBe('round:stockholm-2025-07')
    await user.keyboard('{PageUp}')
    expect(focusedId()).toBe('round:london-2025-06')
    await user.keyboard('{PageUp}{PageUp}')
    expect(focusedId()).toBe('round:geneva-2025-05')
    await user.keyboard('{PageDown}{PageDown}')
    expect(focusedId()).toBe('round:stockholm-2025-07')
    // Past the last round head: the last entry.
    await user.keyboard('{PageDown}')
    expect(focusedId()).not.toMatch(/^round:/)
  })

  it("gives a session's local time by its round's place, not by its zone's city", async () => {
    // The Geneva round keeps Europe/Zurich's time; the viewer is in London.
    open()
    const user = userEvent.setup()
    const list = await timelineList()
    await user.click(roundHead(list, /^Geneva round/))
    const day1 = list.querySelector('[data-roving-id="session:geneva-day-1"]')!
    expect(within(day1 as HTMLElement).getByTitle('Local time at the venue')).toHaveTextContent(
      /^Geneva \d\d:\d\d–\d\d:\d\d/,
    )
    expect(day1).not.toHaveTextContent('Zurich')
  })

  it('puts a session of a round the index does not list under a head naming it, among the rounds by time', async () => {
    visitInLondon()
    const feed = threeRoundsFeed() as Record<string, { sessions?: object[] }>
    const stray = { ...feed['sessions.json']!.sessions![2]!, id: 'test-stray-day-1' }
    Object.assign(stray, { roundId: 'test-unlisted', start: '2025-06-20T10:00:00+01:00' })
    Object.assign(stray, { end: '2025-06-20T16:00:00+01:00' })
    feed['sessions.json']!.sessions!.push(stray)
    server.use(...serveFeed(feed))
    renderWithFeed(<TimelinePanel />)
    const list = await timelineList()
    const head = await within(list).findByRole('heading', { name: /^Round “test-unlisted”/ })
    expect(head).toHaveTextContent('not in the feed’s index: name, place and dates unknown')
    const stockholm = roundHead(list, /^Stockholm round/)
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & 4)
    expect(follows(roundHead(list, /^London round/), head)).toBe(true)
    expect(follows(head, stockholm)).toBe(true)
    const stray1 = list.querySelector('[data-roving-id="session:test-stray-day-1"]')!
    expect(follows(head, stray1) && follows(stray1, stockholm)).toBe(true)
  })

  it('says the developments list is empty, and claims no session running or to come', async () => {
    open()
    const region = await screen.findByRole('region', { name: 'Timeline' })
    await timelineList()
    expect(within(region).getByText('No developments in the feed yet.')).toBeInTheDocument()
    expect(region).not.toHaveTextContent(/In session|Starts in|starts in/)
    expect(within(region).getByText('No session running or scheduled')).toBeInTheDocument()
  })

  it('says a delegation member made no public remarks only once the quotes are in', async () => {
    open()
    const list = await timelineList()
    const day1 = list.querySelector<HTMLElement>('[data-roving-id="session:stockholm-day-1"]')!
    expect(await within(day1).findAllByText(/no public remarks reported/)).not.toHaveLength(0)
    const delegations = within(day1).getByRole('list', { name: 'Delegations' })
    expect(delegations).toHaveTextContent(
      'Chen Silent (Delegation member) no public remarks reported',
    )
  })

  it('counts a remark to the press after the session, tied to no session, as a public remark of it', async () => {
    const feed = threeRoundsFeed()
    const quotes = feed['quotes.json'] as { quotes: Record<string, unknown>[] }
    const [template] = quotes.quotes
    // Test data: Chen Silent speaks half an hour after Stockholm Day 1 ends (19:00), of no session.
    const afterDay1 = {
      ...template,
      id: 'chen-after-day-1',
      roundId: 'stockholm-2025-07',
      sessionId: null,
      personId: 'cn-member',
      saidAt: '2025-07-28T19:30:00+02:00',
      text: 'A test remark after the session.',
    }
    feed['quotes.json'] = { quotes: [...quotes.quotes, afterDay1] }
    visitInLondon()
    server.use(...serveFeed(feed))
    renderWithFeed(<TimelinePanel />)
    const list = await timelineList()
    const session = (id: string) =>
      within(list.querySelector<HTMLElement>(`[data-roving-id="session:${id}"]`)!)
    await session('stockholm-day-1').findAllByText(/no public remarks reported/)
    const day1 = session('stockholm-day-1').getByRole('list', { name: 'Delegations' })
    expect(day1).toHaveTextContent(/Chen Silent \(Delegation member\)$/)
    // Said before Day 2 began: it says nothing of Day 2.
    expect(session('stockholm-day-2').getByRole('list', { name: 'Delegations' })).toHaveTextContent(
      'Chen Silent (Delegation member) no public remarks reported',
    )
  })

  it('names a selected session with its round and opens that round', async () => {
    open('&session=london-day-2')
    const list = await timelineList()
    expect(await screen.findByText(/Selected:/)).toHaveTextContent('Selected: London, Day 2')
    expect(roundHead(list, /^London round/)).toHaveAttribute('aria-expanded', 'true')
  })

  it('names the sessions that touched an open issue with their rounds', async () => {
    open()
    const region = await screen.findByRole('region', { name: 'Timeline' })
    const issues = await within(region).findByRole('list', { name: 'Open issues' })
    const touched = within(issues)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(touched).toEqual(expect.arrayContaining(threeRoundsSessionNames))
  })

  it('lists newest first when asked, keeping it in the URL', async () => {
    open()
    const user = userEvent.setup()
    const list = await timelineList()
    const heads = () =>
      within(list)
        .getAllByRole('button', { name: /round/ })
        .map((b) => b.textContent?.match(/^.(\w+) round/)?.[1])
    expect(heads()).toEqual(['Geneva', 'London', 'Stockholm'])
    await user.click(screen.getByRole('button', { name: /^Order: oldest first/ }))
    expect(new URLSearchParams(window.location.search).get('order')).toBe('newest')
    expect(heads()).toEqual(['Stockholm', 'London', 'Geneva'])
    const ids = [
      ...list.querySelectorAll<HTMLElement>('[data-roving-id^="session:stockholm"]'),
    ].map((el) => el.dataset.rovingId)
    expect(ids).toEqual(['session:stockholm-day-2', 'session:stockholm-day-1'])
  })

  it('places a quote’s local time where it was said (New York), never at the round’s venue', async () => {
    open()
    const list = await timelineList()
    const marker = await within(list).findByRole('list', { name: 'Quotes by Avery Test' })
    const entry = marker.closest('[data-roving-id]')!
    expect(entry).toHaveTextContent('New York 08:00')
    expect(entry).not.toHaveTextContent('Stockholm')
    expect(entry).toHaveTextContent('(local time where it was said)')
  })
})

describe('timeline: quotes failing or hanging', () => {
  it('while the quotes fail, claims no silence: it says the quotes are unavailable', async () => {
    open()
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(null, { status: 500 })))
    const region = await screen.findByRole('region', { name: 'Timeline' })
    const list = await timelineList()
    expect(await within(region).findByText(/Quote markers unavailable/)).toBeInTheDocument()
    expect(region).not.toHaveTextContent(/no public remarks/)
    const day1 = list.querySelector<HTMLElement>('[data-roving-id="session:stockholm-day-1"]')!
    expect(day1).toHaveTextContent('Public remarks: quotes unavailable')
    const issues = within(region).getByRole('list', { name: 'Open issues' })
    expect(issues).toHaveTextContent('quotes unavailable')
    expect(issues).not.toHaveTextContent('nothing in the feed yet')
    expect(region).not.toHaveTextContent('No quotes in the feed yet.')
  })

  it('while the quotes hang, claims no silence either', async () => {
    open()
    server.use(
      http.get('*/demo-feed/quotes.json', async () => {
        await delay('infinite')
        return HttpResponse.json({ quotes: [] })
      }),
    )
    const region = await screen.findByRole('region', { name: 'Timeline' })
    const list = await within(region).findByRole('list', {
      name: 'Sessions, developments and quotes in time order',
    })
    expect(within(region).getByText('Loading the quote markers…')).toBeInTheDocument()
    expect(region).not.toHaveTextContent(/no public remarks/)
    // Still coming, not failed: it says so, and neither silence nor a failure.
    expect(roundHead(list, /^Stockholm round/)).toHaveTextContent('(quotes loading…)')
    expect(list.querySelector('[data-roving-id="session:stockholm-day-1"]')).toHaveTextContent(
      'Public remarks: quotes loading…',
    )
    const issues = await within(region).findByRole('list', { name: 'Open issues' })
    expect(issues).toHaveTextContent('quotes loading…')
    expect(region).not.toHaveTextContent('quotes unavailable')
  })

  it('with quotes that could not be read, qualifies the silence', async () => {
    const feed = threeRoundsFeed()
    const quotes = feed['quotes.json'] as { quotes: unknown[] }
    feed['quotes.json'] = { quotes: [...quotes.quotes, { id: 'broken' }] }
    window.history.replaceState(null, '', '/?tz=Europe/London')
    server.use(...serveFeed(feed))
    renderWithFeed(<TimelinePanel />)
    const list = await timelineList()
    const day1 = list.querySelector<HTMLElement>('[data-roving-id="session:stockholm-day-1"]')!
    expect(
      await within(day1).findAllByText(/no public remarks among the quotes that could be read/),
    ).not.toHaveLength(0)
    expect(day1).not.toHaveTextContent('no public remarks reported')
  })
})

describe('timeline: developments failing', () => {
  it('still lists the sessions, says the developments are unavailable, and never that there are none', async () => {
    const feed = threeRoundsFeed()
    const developments = feed['developments.json']
    delete feed['developments.json']
    visitInLondon()
    server.use(...serveFeed(feed))
    renderWithFeed(<TimelinePanel />)
    const region = await screen.findByRole('region', { name: 'Timeline' })
    const list = await timelineList()
    expect(list.querySelector('[data-roving-id="session:stockholm-day-1"]')).not.toBeNull()
    expect(roundHead(list, /^Stockholm round/)).toHaveTextContent('(developments unavailable)')
    const alert = within(region).getByRole('alert')
    expect(alert).toHaveTextContent(
      'Developments unavailable: could not load them (developments.json: the feed answered HTTP 404).',
    )
    expect(region).not.toHaveTextContent('No developments in the feed yet.')
    expect(region).not.toHaveTextContent('Could not load the timeline')

    feed['developments.json'] = developments
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await within(region).findByText('No developments in the feed yet.')).toBeInTheDocument()
    expect(within(region).queryByText(/Developments unavailable/)).toBeNull()
    expect(roundHead(list, /^Stockholm round/)).not.toHaveTextContent('unavailable')
  })
})

describe('timeline: sessions failing', () => {
  it('still lists the developments and quotes, says the sessions are unavailable, and claims nothing built on them', async () => {
    const feed = threeRoundsFeed()
    feed['developments.json'] = stockholmDevelopments(2, 60)
    const sessions = feed['sessions.json']
    delete feed['sessions.json']
    visitInLondon()
    server.use(...serveFeed(feed))
    renderWithFeed(<TimelinePanel />)
    const region = await screen.findByRole('region', { name: 'Timeline' })
    const list = await timelineList()
    // The now line is in the round of the latest entry, that round open.
    const stockholm = roundHead(list, /^Stockholm round/)
    expect(stockholm).toHaveAttribute('aria-expanded', 'true')
    expect(within(list).getByText('Test development 2 (fictional)')).toBeInTheDocument()
    const alert = within(region).getByRole('alert')
    expect(alert).toHaveTextContent(
      'Sessions unavailable: could not load them (sessions.json: the feed answered HTTP 404).',
    )
    // No round is called concluded or under way, and no date is made up from missing sessions.
    expect(stockholm).toHaveAccessibleName(/State unknown.*dates unavailable/)
    // Two developments and a quote marker; Geneva has a quote marker only.
    expect(stockholm).toHaveTextContent('3 items (sessions unavailable)')
    expect(roundHead(list, /^Geneva round/)).toHaveTextContent('1 item (sessions unavailable)')
    expect(list.querySelector('[data-now-line]')).toHaveTextContent(
      'Sessions unavailable: whether one is running is not known',
    )
    // On the table is still there; what touched each issue is said to lack the sessions.
    const issues = await within(region).findByRole('list', { name: 'Open issues' })
    expect(within(issues).getAllByText(/sessions unavailable/).length).toBeGreaterThan(0)
    for (const claim of [
      'No session running',
      'No sessions in the feed yet',
      'Concluded',
      'Under way',
      'dates not announced',
      'Could not load the timeline',
    ])
      expect(region).not.toHaveTextContent(claim)

    feed['sessions.json'] = sessions
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await within(list).findByText(/No session running or scheduled/)).toBeInTheDocument()
    expect(roundHead(list, /^Stockholm round/)).toHaveAccessibleName(
      /Concluded.*28 Jul 2025 – 29 Jul 2025/,
    )
    expect(within(region).queryByText(/Sessions unavailable/)).toBeNull()
  })
})

describe('timeline: sessions failing before the developments arrive', () => {
  it('says at once that the sessions failed, keeps the skeleton until the developments come, then lists them', async () => {
    const feed = threeRoundsFeed()
    const developments = stockholmDevelopments(2, 60)
    delete feed['sessions.json']
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    visitInLondon()
    server.use(...serveFeed(feed))
    server.use(
      http.get('*/demo-feed/developments.json', async () => {
        await held
        return HttpResponse.json(developments)
      }),
    )
    const { queryClient } = renderWithFeed(<TimelinePanel />)
    const region = await screen.findByRole('region', { name: 'Timeline' })
    await waitFor(() =>
      expect(
        queryClient.getQueryCache().findAll({ predicate: (q) => q.state.status === 'error' }),
      ).toHaveLength(1),
    )
    expect(within(region).getByRole('status', { name: 'Loading the timeline' })).toBeInTheDocument()
    expect(region).not.toHaveTextContent('Could not load the timeline')
    const early = await within(region).findByRole('alert')
    expect(early).toHaveTextContent(
      /^Sessions unavailable: could not load them; the developments are still loading \(.*404.*\)\. Retry$/,
    )
    expect(within(early).getByRole('button', { name: 'Retry' })).toBeEnabled()
    release()
    const list = await timelineList()
    expect(within(list).getByText('Test development 2 (fictional)')).toBeInTheDocument()
    expect(within(region).getByRole('alert')).toHaveTextContent('Sessions unavailable')
  })
})

describe('timeline: a long round', () => {
  /** Stockholm with 60 developments: its earliest entries wait behind a Show button. */
  async function openLongRound() {
    const feed = threeRoundsFeed()
    feed['developments.json'] = stockholmDevelopments(60, 30)
    window.history.replaceState(null, '', '/?tz=Europe/London')
    server.use(...serveFeed(feed))
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />)
    return { user, list: await timelineList() }
  }

  it('shows its latest entries, the now line among them, and the earlier ones on request', async () => {
    const { user, list } = await openLongRound()
    // 2 sessions, 60 developments, 1 quote marker and the now line: the latest 40 are shown.
    expect(list.querySelector('[data-now-line]')).not.toBeNull()
    expect(within(list).queryByText('Test development 1 (fictional)')).not.toBeInTheDocument()
    expect(within(list).getByText('Test development 60 (fictional)')).toBeInTheDocument()
    await user.click(
      within(list).getByRole('button', { name: 'Show the 24 earlier entries in this round' }),
    )
    expect(within(list).queryByRole('button', { name: /earlier entries/ })).not.toBeInTheDocument()
    // The list is virtualized: the earliest entry is reached from the top, by keyboard.
    await user.tab({ shift: true })
    while (!list.contains(document.activeElement)) await user.tab()
    await user.keyboard('{Home}')
    const focusedEntry = () =>
      (document.activeElement as HTMLElement | null)?.closest('[data-roving-id]')?.textContent ?? ''
    for (let i = 0; i < 6 && !focusedEntry().includes('Test development 1 ('); i += 1)
      await user.keyboard('{ArrowDown}')
    expect(focusedEntry()).toContain('Test development 1 (fictional)')
  })

  it('hands the focus to the entry in its place once the Show button has shown everything', async () => {
    const { user, list } = await openLongRound()
    within(list)
      .getByRole('button', { name: /earlier entries in this round/ })
      .focus()
    await user.keyboard('{Enter}')
    expect(within(list).queryByRole('button', { name: /earlier entries/ })).not.toBeInTheDocument()
    // Not dropped on <body>: an entry of the list, now where the button was, has it.
    expect(document.activeElement).not.toBe(document.body)
    expect(list).toContainElement(document.activeElement as HTMLElement)
    expect(document.activeElement?.closest('[data-roving-id]')).not.toBeNull()
  })
})

describe('timeline: a round’s outcome is hindsight', () => {
  it('is not shown while the round is under way (a replay of Stockholm Day 1)', async () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    const feed = threeRoundsFeed()
    const { sessions } = feed['sessions.json'] as {
      sessions: { id: string; status: string; end: string | null }[]
    }
    // As the feed stood during Stockholm Day 1: Day 2 not held yet.
    feed['sessions.json'] = {
      sessions: sessions.map((s) =>
        s.id === 'stockholm-day-2' ? { ...s, status: 'scheduled', end: null } : s,
      ),
    }
    server.use(...serveFeed(feed))
    renderWithFeed(<TimelinePanel />, { now: Date.parse('2025-07-28T15:00:00+02:00') })
    const list = await timelineList()
    expect(roundHead(list, /^Stockholm round/)).toHaveAccessibleName(/Under way/)
    expect(list).not.toHaveTextContent('Outcome:')
  })

  it('cuts a long session summary and a long development summary, each with a button for the rest', async () => {
    const feed = threeRoundsFeed()
    const long = `${'The notice lists each controlled item and the licensing steps. '.repeat(7)}Fin.`
    const { sessions } = feed['sessions.json'] as { sessions: { summary: string }[] }
    sessions[sessions.length - 1]!.summary = long
    const { developments } = stockholmDevelopments(1, 60)
    developments[0]!.summary = long
    visitInLondon()
    server.use(...serveFeed({ ...feed, 'developments.json': { developments } }))
    renderWithFeed(<TimelinePanel />)
    const list = await timelineList()
    const buttons = await within(list).findAllByRole('button', {
      name: `Read the whole summary (${long.length} characters)`,
    })
    expect(buttons).toHaveLength(2)
    expect(list).not.toHaveTextContent('steps. Fin.')
    await userEvent.setup().click(buttons[0]!)
    expect(list).toHaveTextContent('steps. Fin.')
  })
})
