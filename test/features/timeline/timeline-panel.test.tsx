import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import sessionsFixture from '../../../mocks/fixtures/sessions.json'
import indexFixture from '../../../mocks/fixtures/index.json'
import quotesFixture from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel'
import { TimeZonePicker } from '../../../src/features/header/time-zone-picker'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { renderWithFeed } from '../../render'
import { timelineList, visit, visitInLondon } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/** The entry head (the button that selects it) whose accessible name starts with `title`. */
function head(list: HTMLElement, name: RegExp) {
  return within(list).getByRole('button', { name })
}

const search = () => new URLSearchParams(window.location.search)

afterEach(() => {
  vi.useRealTimers()
})

describe('timeline panel', () => {
  it('shows the entries in time order, the now line before Day 2, and each session’s status in words', async () => {
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const texts = [...list.children].map((li) => li.textContent ?? '')
    const position = (pattern: RegExp) => texts.findIndex((t) => pattern.test(t))
    const order = [
      position(/producer-price deflation/),
      position(/May exports to the US down 34\.5%/),
      position(/^Day 1/),
      position(/Yuyuantantian: the US should view/),
      position(/concrete handshake/),
      position(/^Now/),
      position(/^Day 2/),
    ]
    expect(order.every((p) => p >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(head(list, /^Day 1/)).toHaveAccessibleName(/Day 1\s*Concluded/)
    expect(head(list, /^Day 2/)).toHaveAccessibleName(/Day 2\s*Scheduled/)
    expect(texts[position(/^Now/)]).toMatch(
      /Now.*Tue 10 Jun 09:15 BST.*Day 2 starts in 45 min \(10:00 BST\)/,
    )
  })

  it('shows sessions with duration, venue (or that none was reported), format, delegations with leads, topics, summary and signals', async () => {
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const day1 = head(list, /^Day 1/).closest('li')!
    expect(day1).toHaveTextContent(
      'Lasted ~6 h (reported: six hours) · Lancaster House · closed-door',
    )
    const delegations = within(day1).getByRole('list', { name: 'Delegations' })
    expect(delegations).toHaveTextContent('US: Scott Bessent (Treasury Secretary, lead)')
    expect(delegations).toHaveTextContent('Howard Lutnick (Commerce Secretary)')
    expect(delegations).toHaveTextContent(
      'China: He Lifeng (Vice Premier, lead) ★ no public remarks reported',
    )
    expect(within(day1).getByRole('button', { name: 'Rare earths' })).toBeInTheDocument()
    expect(day1).toHaveTextContent('cautious optimism')
    expect(day1).toHaveTextContent('key issues unresolved')
    const day2 = head(list, /^Day 2/).closest('li')!
    expect(day2).toHaveTextContent('venue not reported · talks continue')
    expect(head(list, /^Day 2/)).toHaveTextContent('Tue 10 Jun 10:00 BST – end not announced')
  })

  it('in replay, holds back a session’s summary until it is over: the feed wrote it later', async () => {
    visitInLondon('asof=2025-06-09T14:00:00Z')
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const day1 = head(list, /^Day 1/).closest('li')!
    expect(head(list, /^Day 1/)).toHaveAccessibleName(/Day 1\s*In session/)
    const held = within(day1)
      .getByText(/^Summary as the feed has it now/)
      .closest('details')!
    expect(held).not.toHaveAttribute('open')
    expect(within(day1).getByText(/good and fruitful/)).not.toBeVisible()
    expect(within(day1).queryByText('cautious optimism')).toBeNull()
    // Asked for, it is there.
    await userEvent.click(within(day1).getByText(/^Summary as the feed has it now/))
    expect(within(day1).getByText(/good and fruitful/)).toBeVisible()
  })

  it('in replay, says the open issues are as the feed has them now, which live it need not say', async () => {
    visitInLondon('asof=2025-06-09T14:00:00Z')
    const { unmount } = renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await screen.findByRole('list', { name: 'Open issues' })
    expect(
      screen.getByText(/^As the feed has them now, not as of the replayed moment/),
    ).toBeVisible()
    unmount()
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await screen.findByRole('list', { name: 'Open issues' })
    expect(screen.queryByText(/^As the feed has them now/)).toBeNull()
  })

  it('in replay, shows the summary of a session over by the replayed moment as it is', async () => {
    visitInLondon('asof=2025-06-09T19:00:00Z')
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const day1 = head(list, /^Day 1/).closest('li')!
    expect(head(list, /^Day 1/)).toHaveAccessibleName(/Day 1\s*Concluded/)
    expect(within(day1).getByText(/good and fruitful/)).toBeVisible()
    expect(within(day1).queryByText(/^Summary as the feed has it now/)).toBeNull()
  })

  it('names an end the feed gives before the start as a mistake: no span, no length', async () => {
    server.use(
      http.get('*/demo-feed/sessions.json', () =>
        HttpResponse.json({
          sessions: sessionsFixture.sessions.map((s) =>
            s.id === 'london-day-1' ? { ...s, end: '2025-06-09T12:00:00+01:00' } : s,
          ),
        }),
      ),
    )
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const day1 = head(list, /^Day 1/)
    expect(day1).toHaveTextContent(
      /Mon 9 Jun ~13:00 BST – the feed’s end, ~?12:00, is before the start/,
    )
    expect(day1).not.toHaveTextContent(/13:00\s*–\s*~?12:00/)
    expect(day1.closest('li')).toHaveTextContent('Length unknown (reported: six hours)')
    expect(day1.closest('li')).not.toHaveTextContent('Lasted')
  })

  it('shows developments by kind and quotes as markers that link to the quote wall', async () => {
    visitInLondon()
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    expect(head(list, /^Data release.*May exports/)).toBeInTheDocument()
    expect(head(list, /^Licence approval.*rare earth export licence/)).toBeInTheDocument()
    expect(head(list, /^Commentary.*Yuyuantantian/)).toBeInTheDocument()
    expect(head(list, /^Report.*concrete handshake/)).toBeInTheDocument()
    expect(within(list).getByText('May exports to the US:').parentElement).toHaveTextContent(
      '−34.5%',
    )
    const link = within(list).getByRole('link', { name: /“a good start”/ })
    expect(link).toHaveAttribute('href', expect.stringContaining('quote=trump-good-start'))
    await user.click(link)
    expect(search().get('quote')).toBe('trump-good-start')
    expect(search().get('tz')).toBe('Europe/London')
    expect(within(list).getByRole('link', { name: /“a good start”/ })).toHaveAttribute(
      'aria-current',
      'true',
    )
  })

  it('marks approximate times with "~" and exact ones plain', async () => {
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    expect(head(list, /^Day 1/)).toHaveTextContent('Mon 9 Jun ~13:00–~19:00 BST')
    expect(head(list, /^Day 2/)).toHaveTextContent('Tue 10 Jun 10:00 BST')
    expect(head(list, /^Day 2/)).not.toHaveTextContent('~10:00')
  })

  it('names an open issue’s two sides after the feed’s governments, not the demo’s', async () => {
    // Test data: the demo feed with its two governments renamed (a fictional negotiation).
    const parties = indexFixture.parties.map((party) =>
      party.id === 'us'
        ? { ...party, name: 'Northland', shortName: 'North' }
        : party.id === 'cn'
          ? { ...party, name: 'Southland', shortName: 'South' }
          : party,
    )
    server.use(
      http.get('*/demo-feed/index.json', () => HttpResponse.json({ ...indexFixture, parties })),
    )
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const issues = await screen.findByRole('list', { name: 'Open issues' })
    const row = within(issues)
      .getByRole('button', { name: /Chip export controls/ })
      .closest('li')!
    await waitFor(() => expect(row).toHaveTextContent(/North asks.*phased rollback/))
    expect(row).toHaveTextContent(/South.*revoke negative measures/)
    expect(row).not.toHaveTextContent(/US asks|China/)
  })

  it('lists the latest quotes on an open issue, and links the earlier ones', async () => {
    // Test data: eight more remarks on rare earths, one an hour on the morning of Day 1.
    const template = quotesFixture.quotes.find((q) => q.topicIds.includes('rare-earths'))!
    const added = Array.from({ length: 8 }, (_, i) => ({
      ...template,
      id: `test-rare-${i}`,
      text: `Test remark ${i} on rare earths`,
      saidAt: `2025-06-09T0${i}:00:00Z`,
    }))
    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({ ...quotesFixture, quotes: [...added, ...quotesFixture.quotes] }),
      ),
    )
    visitInLondon()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const issues = await screen.findByRole('list', { name: 'Open issues' })
    const rare = within(issues)
      .getByRole('button', { name: /Rare earth shipments/ })
      .closest('li')!
    const quoteLinks = await within(rare).findAllByRole('link', { name: /❝|“/ })
    const shown = quoteLinks.map((link) => link.textContent)
    // Eleven on the topic. The latest five: three added (05:00 to 07:00 UTC), then the feed's
    // two after them (its third, at 04:00 UTC, is earlier).
    expect(shown).toHaveLength(5)
    expect(shown.slice(0, 3)).toEqual([
      expect.stringContaining('Test remark 5'),
      expect.stringContaining('Test remark 6'),
      expect.stringContaining('Test remark 7'),
    ])
    expect(rare).not.toHaveTextContent('Test remark 4')
    expect(within(rare).getByRole('link', { name: /^\+6 more quotes/ })).toBeInTheDocument()
  })

  it('shows "On the table" per open issue, with the H20 carve-out and what touched each, and the scenarios', async () => {
    visitInLondon()
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    await timelineList()
    const issues = await screen.findByRole('list', { name: 'Open issues' })
    const rows = within(issues).getAllByRole('button', { name: /Unresolved|In discussion/ })
    expect(rows.map((r) => r.textContent)).toEqual([
      'Rare earth shipments○ Unresolved',
      'Chip export controls◐ In discussion',
      'Chip software and industrial inputs○ Unresolved',
    ])
    const chips = rows[1]!.closest('li')!
    expect(chips).toHaveTextContent(/US asks.*phased rollback/)
    expect(chips).toHaveTextContent(/China.*revoke negative measures/)
    expect(chips).toHaveTextContent(/H20 carve-out: Kevin Hassett/)
    expect(
      within(chips).getByRole('link', {
        name: /Kevin Hassett: “The very, very high-end Nvidia stuff/,
      }),
    ).toBeInTheDocument()
    await user.click(within(chips).getByRole('button', { name: 'Day 1' }))
    expect(search().get('session')).toBe('london-day-1')
    await user.click(rows[0]!)
    expect(search().get('topic')).toBe('rare-earths')
    expect(rows[0]).toHaveAttribute('aria-pressed', 'true')
    const scenarios = screen.getByRole('list', { name: 'Scenarios' })
    expect(scenarios).toHaveTextContent(/A symbolic handshake.*temporary stability/)
    expect(scenarios).toHaveTextContent(/Progress paused.*jitters/)
  })

  it('shows an error with Retry when the sessions and developments both fail, then the timeline after Retry', async () => {
    visitInLondon()
    server.use(
      http.get('*/demo-feed/sessions.json', () => new HttpResponse('down', { status: 503 }), {
        once: true,
      }),
      http.get('*/demo-feed/developments.json', () => new HttpResponse('down', { status: 503 }), {
        once: true,
      }),
    )
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const region = await screen.findByRole('region', { name: 'Timeline' })
    const alert = await within(region).findByRole('alert')
    expect(alert).toHaveTextContent(/Could not load the timeline/)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await timelineList()).toBeInTheDocument()
  })

  it('says so when the feed has no sessions or developments', async () => {
    visitInLondon()
    server.use(
      http.get('*/demo-feed/sessions.json', () => HttpResponse.json({ sessions: [] })),
      http.get('*/demo-feed/developments.json', () => HttpResponse.json({ developments: [] })),
      http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes: [] })),
    )
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    expect(
      await screen.findByText('No sessions or developments in the feed yet.'),
    ).toBeInTheDocument()
  })
})

describe('the clock: countdown and running session', () => {
  it('counts down to Day 2, then shows it in session with the elapsed time ticking', async () => {
    useFakeClock(articleMoment)
    visitInLondon()
    renderWithFeed(<TimelinePanel />)
    const list = await advanceUntil(() =>
      within(screen.getByRole('region', { name: 'Timeline' })).getByRole('list', {
        name: /in time order/,
      }),
    )
    const nowLine = () => [...list.children].find((li) => /^Now/.test(li.textContent ?? ''))!
    // Day 2 starts at ~10:00 London, 45 min after the article's moment.
    const loadedAfter = Date.now() - articleMoment
    expect(loadedAfter).toBeLessThan(60_000)
    expect(nowLine()).toHaveTextContent(/Day 2 starts in 4[45] min/)
    expect(head(list, /^Day 2/).closest('li')).toHaveTextContent(/Starts in 4[45] min/)

    await advance(30 * 60_000)
    expect(nowLine()).toHaveTextContent(/Day 2 starts in 1[45] min/)

    // 10:01:00 exactly: Day 2 has started.
    await advance(16 * 60_000 - loadedAfter)
    expect(head(list, /^Day 2/)).toHaveAccessibleName(/Day 2\s*In session/)
    expect(head(list, /^Day 2/)).toHaveTextContent('– running')
    expect(nowLine()).toHaveTextContent('Day 2 in session for 1 min 00 s')
    // The demo feed lists Day 2 as scheduled (written before it began): the clock's reading of its
    // schedule, said as such.
    expect(head(list, /^Day 2/)).toHaveTextContent(
      'In session (by its schedule; the feed has not said it began)',
    )
    expect(nowLine()).toHaveTextContent('(by its schedule; the feed has not said it began)')
    const day2 = head(list, /^Day 2/).closest('li')!
    expect(day2).toHaveTextContent('In session for 1 min 00 s')
    await advance(20_000)
    expect(day2).toHaveTextContent('In session for 1 min 20 s')
    // The now line now follows Day 2.
    const texts = [...list.children].map((li) => li.textContent ?? '')
    expect(texts.findIndex((t) => t.startsWith('Now'))).toBeGreaterThan(
      texts.findIndex((t) => t.startsWith('Day 2')),
    )
  })
})

describe('time zones', () => {
  it('shows times in Kolkata (a half-hour offset) with the venue’s London time beside them', async () => {
    visit('/?tz=Asia/Kolkata')
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const day1 = head(list, /^Day 1/)
    expect(day1).toHaveTextContent('Mon 9 Jun ~17:30–~23:30 GMT+5:30')
    expect(day1.closest('li')).toHaveTextContent('London ~13:00–~19:00')
  })

  it('switches zone from the picker, remembers it, and shows a second zone beside the first', async () => {
    visit('/')
    const user = userEvent.setup()
    renderWithFeed(
      <>
        <TimeZonePicker />
        <TimelinePanel />
      </>,
      { now: articleMoment },
    )
    const list = await timelineList()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Times in' }), 'America/New_York')
    expect(head(list, /^Day 1/)).toHaveTextContent('Mon 9 Jun ~08:00–~14:00 EDT')
    expect(head(list, /^Day 1/).closest('li')).toHaveTextContent('London ~13:00–~19:00')
    expect(search().get('tz')).toBe('America/New_York')
    expect(window.localStorage.getItem('ttm.displayZone')).toBe('America/New_York')

    await user.selectOptions(screen.getByRole('combobox', { name: 'also' }), 'Asia/Hong_Kong')
    expect(head(list, /^Day 1/).closest('li')).toHaveTextContent(
      /London ~13:00–~19:00 (\(venue local time\) )?· Hong Kong ~20:00–Tue ~02:00/,
    )
    expect(search().get('tz2')).toBe('Asia/Hong_Kong')
    await user.selectOptions(screen.getByRole('combobox', { name: 'also' }), '')
    expect(head(list, /^Day 1/).closest('li')).not.toHaveTextContent('Hong Kong')
  })

  it('shows a session across the New York DST change with each end in its own offset and the true length', async () => {
    const [day1] = sessionsFixture.sessions
    server.use(
      http.get('*/demo-feed/sessions.json', () =>
        HttpResponse.json({
          sessions: [
            {
              ...day1,
              id: 'night-session',
              title: 'Night session',
              start: '2025-03-08T22:00:00-05:00',
              startPrecision: 'exact',
              end: '2025-03-09T04:00:00-04:00',
              endPrecision: 'exact',
              durationNote: undefined,
            },
          ],
        }),
      ),
    )
    visit('/?tz=America/New_York')
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    const night = head(list, /^Night session/)
    expect(night).toHaveTextContent('Sat 8 Mar 22:00 EST – Sun 9 Mar 04:00 EDT')
    expect(night.closest('li')).toHaveTextContent('Lasted 5 h ·')
    expect(night.closest('li')).toHaveTextContent('London Sun 03:00–08:00')
  })
})

describe('selection: keyboard and URL', () => {
  it('moves with the arrow keys, selects with Enter, clears with Escape', async () => {
    visitInLondon()
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    await user.tab()
    expect(screen.getByRole('button', { name: /^Order: oldest first/ })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: /as CSV$/ })).toHaveFocus()
    // Tab comes into the list at now (the entry after the line, Day 2), where it opened.
    await user.tab()
    expect(head(list, /^Day 2/)).toHaveFocus()
    await user.keyboard('{Home}')
    expect(head(list, /^Data release.*producer-price/)).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(head(list, /^Data release.*May exports/)).toHaveFocus()
    await user.keyboard('{End}')
    expect(head(list, /^Day 2/)).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(search().get('session')).toBe('london-day-2')
    expect(head(list, /^Day 2/)).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText(/Selected:/)).toHaveTextContent('Selected: Day 2')

    // Only one Tab stop in the list: Shift+Tab leaves it, Tab comes back to the same entry.
    expect(
      within(list)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toHaveLength(1)

    await user.keyboard('{ArrowUp}')
    expect(head(list, /^Report.*concrete handshake/)).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(search().get('development')).toBe('us-handshake-before-easing')
    expect(search().get('session')).toBeNull()

    // ArrowRight reaches the topics inside the entry.
    await user.keyboard('{ArrowRight}')
    expect(
      within(head(list, /^Report/).closest('li')!).getByRole('button', { name: 'Export controls' }),
    ).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(search().get('topic')).toBe('export-controls')

    await user.keyboard('{Escape}')
    expect(search().get('development')).toBeNull()
    expect(search().get('topic')).toBeNull()
    expect(search().get('tz')).toBe('Europe/London')
  })

  it('reads the selection from the URL, starts the Tab stop there, and follows Back and Forward', async () => {
    visit('/?tz=Europe/London&session=london-day-1')
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    expect(head(list, /^Day 1/)).toHaveAttribute('aria-pressed', 'true')
    // The list's one Tab stop starts at the selected entry.
    expect(head(list, /^Day 1/)).toHaveAttribute('tabindex', '0')
    expect(
      within(list)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toEqual([head(list, /^Day 1/)])

    await user.click(head(list, /^Day 2/))
    expect(search().get('session')).toBe('london-day-2')
    expect(head(list, /^Day 1/)).toHaveAttribute('aria-pressed', 'false')

    act(() => window.history.back())
    await waitFor(() => expect(head(list, /^Day 1/)).toHaveAttribute('aria-pressed', 'true'))
    expect(head(list, /^Day 2/)).toHaveAttribute('aria-pressed', 'false')
  })

  it('clicking a selected entry again clears it', async () => {
    visit('/?session=london-day-1')
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const list = await timelineList()
    await user.click(head(list, /^Day 1/))
    expect(search().get('session')).toBeNull()
  })

  it('says when a linked session is not in the feed', async () => {
    visit('/?session=london-day-9')
    const user = userEvent.setup()
    renderWithFeed(<TimelinePanel />, { now: articleMoment })
    const note = await screen.findByText(/The linked session “london-day-9” is not in the feed/)
    await user.click(within(note).getByRole('button', { name: 'Clear' }))
    expect(search().get('session')).toBeNull()
  })
})
