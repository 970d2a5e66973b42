import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import brentDoc from '../../../mocks/fixtures/series/brent.json'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { Briefing } from '../../../src/app/briefing'
import { lastLookStorageKey } from '../../../src/features/briefing/last-look'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { baseline, seenStorageKey, update } from '../../../src/hooks/seen-store'
import { writeKnownIds } from '../../../src/hooks/known-ids'
import { renderWithFeed, testRuntime } from '../../render'

// The article's moment: Tuesday 10 June 2025, 09:15 London, before Day 2.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const feedBaseUrl = testRuntime().feedBaseUrl
const allQuotes = [
  'trump-good-reports',
  'trump-good-start',
  'trump-china-not-easy',
  'trump-well-see',
  'trump-open-up-china',
  'bessent-good',
  'lutnick-fruitful',
  'hassett-high-end-nvidia',
  'yuyuantantian-realistic-view',
  'yuyuantantian-revoke',
  'mofcom-case-by-case',
  'xing-calibrated-tool',
]
const allDevelopments = [
  'china-may-exports-to-us',
  'china-ppi-deflation',
  'us-handshake-before-easing',
  'yuyuantantian-commentary',
  'mofcom-rare-earth-licences',
]

afterEach(() => {
  window.localStorage.clear()
  window.history.replaceState(null, '', '/')
})

/**
 * The strip alone, as under a phone's header or ?header=0 (it says where the talks stand), or with
 * `header`, as under a desk's full header (which says it instead).
 */
function open({ kiosk = false, header = false } = {}) {
  window.history.replaceState(null, '', '/?tz=Europe/London')
  return renderWithFeed(
    <ChromeContext value={{ ...fullChrome, kiosk, header }}>
      <Briefing />
    </ChromeContext>,
    { now: articleMoment },
  )
}

/** How many prices the briefing has remembered for the next visit. */
const storedPriceCount = () =>
  Object.keys(
    JSON.parse(window.localStorage.getItem(lastLookStorageKey(feedBaseUrl)) ?? 'null')?.prices ??
      {},
  ).length

const strip = () => screen.getByRole('region', { name: 'Briefing' })
const part = (name: string) => within(strip()).getByRole('group', { name })
const move = async (name: string) => (await within(strip()).findByText(name)).closest('li')!

/** A previous visit: everything listed then but `unseen` (which arrived since), and the prices then. */
function previousVisit(unseen: string[], prices: Record<string, { t: number; v: number }>) {
  const listed = (scope: string, ids: string[]) =>
    ids.filter((id) => !unseen.includes(`${scope}:${id}`))
  writeKnownIds(feedBaseUrl, 'quote', listed('quote', allQuotes))
  writeKnownIds(feedBaseUrl, 'development', listed('development', allDevelopments))
  window.localStorage.setItem(
    seenStorageKey(feedBaseUrl),
    JSON.stringify({ baselined: ['quote', 'development'], fresh: [] }),
  )
  window.localStorage.setItem(
    lastLookStorageKey(feedBaseUrl),
    JSON.stringify({ at: Date.parse('2025-06-09T17:30:00Z'), prices }),
  )
}

describe('briefing strip, demo feed at the article’s moment', () => {
  it('says where the talks stand and lists each issue on the table with its status', async () => {
    open()
    expect(
      await within(strip()).findByText(/Day 2 starts in 4[45] min \(10:00 London\)/),
    ).toBeInTheDocument()
    const issues = await within(strip()).findByRole('list', { name: 'Issues on the table' })
    const items = within(issues)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toEqual([
      'Rare earth shipments ○ Unresolved',
      'Chip export controls ◐ In discussion',
      'Chip software and industrial inputs ○ Unresolved',
    ])
  })

  it('gives each instrument’s move since the London round began (Day 1, 13:00 London), hand-computed from the fixtures', async () => {
    open()
    expect(
      await within(part('Market moves')).findByText(/Since London round began/),
    ).toBeInTheDocument()
    // Every demo series is an illustrative path: the moves read from them say so, once.
    expect(
      await within(part('Market moves')).findByTitle('From illustrative paths, not real prices'),
    ).toHaveTextContent('illus. (illustrative paths, not real prices)')
    // S&P 500: New York had not traded since Friday's close (6,000.48, the series' reference) when
    // the round began at 12:00Z on 9 June; to 6,005.88 = +0.09%, not the +0.15% since Monday's open.
    expect(await move('S&P 500')).toHaveTextContent('S&P 500 +0.09% since the round began')
    // Nasdaq, % vs that close (0 %): to +0.31%.
    expect(await move('Nasdaq')).toHaveTextContent('Nasdaq +0.31% since the round began')
    expect(await move('Hang Seng Tech')).toHaveTextContent(
      'Hang Seng Tech −1.16% since the round began',
    )
    expect(await move('CSI 300')).toHaveTextContent('CSI 300 −0.64% since the round began')
    expect(await move('Brent')).toHaveTextContent('Brent −0.25% since the round began')
    expect(await move('Dollar Index')).toHaveTextContent(
      'Dollar Index +0.45% since the round began',
    )
  })

  it('on a first visit says so instead of counting 0 new items or a move since the last look', async () => {
    open()
    await move('S&P 500')
    // Said once for both lists, not "quotes: first visit developments: first visit".
    expect(
      await within(part('New since your last visit')).findByText('New items: from your next visit'),
    ).toBeInTheDocument()
    expect(part('New since your last visit')).not.toHaveTextContent(/quotes|developments/)
    expect(await move('S&P 500')).toHaveTextContent(/^S&P 500 \+0.09% since the round began$/)
    expect(part('Market moves')).not.toHaveTextContent('since you looked')
    expect(strip()).not.toHaveTextContent(/\b0 new/)
  })

  it('on a first visit still says so once the panels have taken their baseline, until a quote arrives', async () => {
    open()
    const news = () => part('New since your last visit')
    expect(await within(news()).findByText('New items: from your next visit')).toBeInTheDocument()
    // What the quote wall does once its list is on screen: this visit's quotes become the baseline.
    act(() => {
      writeKnownIds(feedBaseUrl, 'quote', allQuotes)
      update(feedBaseUrl, (state) => baseline(state, 'quote'))
    })
    expect(within(news()).getByText('New items: from your next visit')).toBeInTheDocument()
    expect(strip()).not.toHaveTextContent(/\b0 new/)
    // A quote arrives during the visit (the stored list no longer has it).
    act(() => writeKnownIds(feedBaseUrl, 'quote', allQuotes.slice(1)))
    expect(await within(news()).findByRole('link', { name: '1 new quote' })).toBeInTheDocument()
    // The developments are still on their first visit: said for them alone now.
    expect(within(news()).getByText('developments: first visit')).toBeInTheDocument()
  })

  it('on a later visit counts what is new, each a link to the first of them, and moves since the last look', async () => {
    const user = userEvent.setup()
    previousVisit(
      [
        'quote:trump-well-see',
        'quote:yuyuantantian-revoke',
        'development:us-handshake-before-easing',
      ],
      {
        spx: { t: Date.parse('2025-06-09T17:00:00Z'), v: 6000 },
        dxy: { t: Date.parse('2025-06-09T17:00:00Z'), v: 99.25 },
      },
    )
    open()
    const quotesLink = await within(strip()).findByRole('link', { name: '2 new quotes' })
    // The earlier of the two new quotes (22:00Z on 9 June before 00:00Z on 10 June).
    expect(quotesLink).toHaveAttribute(
      'href',
      expect.stringMatching(/quote=yuyuantantian-revoke.*#quotes$/),
    )
    const developmentsLink = within(strip()).getByRole('link', { name: '1 new development' })
    expect(developmentsLink).toHaveAttribute(
      'href',
      expect.stringMatching(/development=us-handshake-before-easing.*#timeline$/),
    )
    // 6,000 to 6,005.88 = +0.098%; the dollar index unchanged; Brent was not on screen then.
    expect(await move('S&P 500')).toHaveTextContent(
      'S&P 500 +0.09% since the round began (+0.10% since you last looked)',
    )
    expect(await move('Dollar Index')).toHaveTextContent(
      'Dollar Index +0.45% since the round began (0.00% since you last looked)',
    )
    expect(await move('Brent')).toHaveTextContent('(not seen before since you last looked)')
    // The last look was yesterday evening: said with its day, not as a time later today.
    expect(part('Market moves')).toHaveTextContent(
      'Since London round began (since you looked, Mon 18:30):',
    )
    await user.click(quotesLink)
    expect(window.location.search).toContain('quote=yuyuantantian-revoke')
  })

  it('on a visit with no price since the last look, says so once instead of 0.00% on every row', async () => {
    const { unmount } = open()
    await expect.poll(storedPriceCount).toBe(6)
    unmount()
    open()
    const heading = await within(part('Market moves')).findByText(/Since London round began/)
    await expect
      .poll(async () => (await move('Dollar Index')).textContent)
      .toBe('Dollar Index +0.45% since the round began')
    expect(part('Market moves')).not.toHaveTextContent('since you looked')
    expect(heading).toHaveAttribute(
      'title',
      'Since London round began. No new prices since you last looked (09:15)',
    )
  })

  it('remembers what the viewer saw, for the next visit', async () => {
    open()
    await move('S&P 500')
    await expect
      .poll(
        () =>
          JSON.parse(window.localStorage.getItem(lastLookStorageKey(feedBaseUrl)) ?? 'null')?.prices
            ?.spx?.v,
      )
      .toBe(6005.88)
  })

  it('in kiosk mode shows the figures with no buttons or links', async () => {
    previousVisit(['quote:trump-well-see'], {})
    open({ kiosk: true })
    expect(await within(strip()).findByText('1 new quote')).toBeInTheDocument()
    await move('S&P 500')
    expect(within(strip()).queryAllByRole('button')).toHaveLength(0)
    expect(within(strip()).queryAllByRole('link')).toHaveLength(0)
  })
})

describe('briefing strip in replay (?asof=)', () => {
  it('shows the talks and moves as of that moment, and neither counts news nor remembers a look', async () => {
    previousVisit(['quote:trump-well-see'], {
      spx: { t: Date.parse('2025-06-09T17:00:00Z'), v: 6000 },
    })
    const asOf = '2025-06-09T17:00:00Z'
    window.history.replaceState(null, '', `/?asof=${asOf}&tz=Europe/London`)
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, header: false }}>
        <Briefing />
      </ChromeContext>,
      { now: Date.parse(asOf) },
    )
    expect(
      await within(strip()).findByText(/Day 1 in session since ~13:00 London \(5 h\)/),
    ).toBeInTheDocument()
    // Friday's close, 6,000.48 (New York had not traded since when the round began), to 5,999.64
    // at 17:00Z = −0.014% (at the end of the fixture, 6,005.88: the replay does not see it).
    expect(await move('S&P 500')).toHaveTextContent(/^S&P 500 −0.01% since the round began$/)
    expect(part('New since your last visit')).toHaveTextContent(
      /^New items: not counted in replay$/,
    )
    expect(part('Market moves')).not.toHaveTextContent('since you looked')
    expect(
      JSON.parse(window.localStorage.getItem(lastLookStorageKey(feedBaseUrl)) ?? 'null').prices.spx
        .v,
    ).toBe(6000)
  })

  it('says the issues on the table are the latest, not as of the replayed moment', async () => {
    window.history.replaceState(null, '', '/?asof=2025-06-09T17:00:00Z&tz=Europe/London')
    renderWithFeed(<Briefing />, { now: articleMoment })
    const issues = part('On the table')
    await within(issues).findByText(/Rare earth shipments/)
    expect(issues).toHaveTextContent(/^On the table \(latest\):/)
  })

  it('live, says only "On the table"', async () => {
    open()
    const issues = part('On the table')
    await within(issues).findByText(/Rare earth shipments/)
    expect(issues).toHaveTextContent(/^On the table:/)
  })
})

describe('briefing strip, with data missing', () => {
  it('says a failed series is unavailable, never a move of 0', async () => {
    server.use(
      http.get('*/demo-feed/series/spx.json', () => new HttpResponse('oops', { status: 500 })),
    )
    open()
    await expect
      .poll(async () => (await move('S&P 500')).textContent)
      .toBe('S&P 500 unavailable since the round began')
    expect(await move('Brent')).toHaveTextContent('−0.25%')
    // Rows that differ keep one line per instrument.
    expect(within(part('Market moves')).getByRole('list', { name: 'Moves' })).toBeInTheDocument()
  })

  it('says when the prices of a series that begins after the round did begin, in the viewer’s zone', async () => {
    // Test data: the demo's Brent (trading at the round's start) with its prices before 15:00 UTC cut.
    server.use(
      http.get('*/demo-feed/series/brent.json', () =>
        HttpResponse.json({
          ...brentDoc,
          points: brentDoc.points.filter((p) => p.t >= '2025-06-09T15:00:00Z'),
        }),
      ),
    )
    open()
    await expect
      .poll(async () => (await move('Brent')).textContent)
      .toBe(
        'Brent no price at the round’s start: its prices begin Mon 9 Jun, 16:00 BST since the round began',
      )
  })

  it('says new quotes are unavailable while quotes fail, not 0 new', async () => {
    previousVisit([], {})
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse('oops', { status: 500 })))
    open()
    expect(
      await within(part('New since your last visit')).findByText('new quotes unavailable'),
    ).toBeInTheDocument()
    expect(
      await within(part('New since your last visit')).findByText('0 new developments'),
    ).toBeInTheDocument()
    expect(part('New since your last visit')).not.toHaveTextContent(/0 new quotes/)
  })

  it('says the issues and the markets are unavailable when they fail, not that there are none', async () => {
    server.use(
      http.get('*/demo-feed/issues.json', () => new HttpResponse('oops', { status: 500 })),
      http.get('*/demo-feed/markets.json', () => new HttpResponse('oops', { status: 500 })),
    )
    open()
    expect(await within(part('On the table')).findByText('issues unavailable')).toBeInTheDocument()
    expect(
      await within(part('Market moves')).findByText('Market moves unavailable'),
    ).toBeInTheDocument()
    expect(strip()).not.toHaveTextContent(/no issues/)
  })

  it('says the talks status is unavailable while the sessions fail', async () => {
    server.use(
      http.get('*/demo-feed/sessions.json', () => new HttpResponse('oops', { status: 500 })),
    )
    open()
    expect(await within(part('Talks')).findByText('Talks status unavailable')).toBeInTheDocument()
  })

  it('while the sessions fail, says the round is unknown, never that it has not begun', async () => {
    server.use(
      http.get('*/demo-feed/sessions.json', () => new HttpResponse('oops', { status: 500 })),
    )
    open()
    await within(part('Talks')).findByText('Talks status unavailable')
    expect(
      await within(part('Market moves')).findByText('round unknown: sessions unavailable'),
    ).toBeInTheDocument()
    expect(part('Market moves')).toHaveTextContent(/\(all 6 instruments\)/)
    expect(strip()).not.toHaveTextContent(/not begun/)
  })

  it('while the sessions load, says the moves are loading, not that the round has not begun', async () => {
    server.use(http.get('*/demo-feed/sessions.json', () => new Promise<never>(() => {})))
    open()
    // Every price is in (the briefing has remembered them); the round they are measured from is not.
    await expect.poll(storedPriceCount).toBe(6)
    expect(await move('S&P 500')).toHaveTextContent(/^S&P 500 loading since the round began$/)
    expect(strip()).not.toHaveTextContent(/not begun/)
  })
})

describe('briefing strip, no prices since the round began', () => {
  it('says so once for all the instruments, not once per instrument', async () => {
    // Day 1 moved to 08:10–08:14 UTC on 10 June: after every series' last price, before the
    // article's moment (08:15 UTC).
    const sessions = (await import('../../../mocks/fixtures/sessions.json')).default
    server.use(
      http.get('*/demo-feed/sessions.json', () =>
        HttpResponse.json({
          sessions: sessions.sessions.map((session) =>
            session.id === 'london-day-1'
              ? { ...session, start: '2025-06-10T08:10:00Z', end: '2025-06-10T08:14:00Z' }
              : session,
          ),
        }),
      ),
    )
    open()
    const moves = part('Market moves')
    expect(await within(moves).findByText('no prices in the round')).toBeInTheDocument()
    expect(moves).toHaveTextContent(
      /^Since London round began:\s*no prices in the round \(all 6 instruments\)$/,
    )
    expect(within(moves).queryByRole('list', { name: 'Moves' })).toBeNull()
  })
})

describe('briefing strip: copied as text', () => {
  it('copies where the talks stand, the issues and the moves, with the link, and not the viewer’s own last look', async () => {
    const user = userEvent.setup()
    previousVisit([], { spx: { t: Date.parse('2025-06-09T17:00:00Z'), v: 6000 } })
    // Under a desk's header, which says where the talks stand: the strip does not, its copy does.
    open({ header: true })
    expect(await move('S&P 500')).toHaveTextContent('since you last looked')
    expect(within(strip()).queryByRole('group', { name: 'Talks' })).not.toBeInTheDocument()
    expect(strip()).not.toHaveTextContent(/Day 2 starts/)
    await user.click(within(strip()).getByRole('button', { name: 'Copy the briefing as text' }))
    expect(
      within(strip()).getByRole('button', { name: 'Copy the briefing as text' }),
    ).toHaveTextContent('Copied')
    const text = await navigator.clipboard.readText()
    expect(text.split('\n')).toEqual([
      'US–China trade talks: London round, as of Tue 10 Jun, 09:15 BST (demo data)',
      expect.stringMatching(/^Day 2 starts in 4[45] min \(10:00 London\)$/),
      'On the table: Rare earth shipments (unresolved); Chip export controls (in discussion); Chip software and industrial inputs (unresolved)',
      'Since London round began: S&P 500 +0.09%, Nasdaq +0.31%, Hang Seng Tech −1.16%, CSI 300 −0.64%, Brent −0.25%, Dollar Index +0.45% (illustrative paths, not real prices)',
      window.location.href,
    ])
  })

  it('says a part that failed to load is unavailable, never that there is none', async () => {
    const user = userEvent.setup()
    server.use(http.get('*/demo-feed/issues.json', () => new HttpResponse(null, { status: 404 })))
    open()
    await within(part('On the table')).findByText('issues unavailable')
    await user.click(within(strip()).getByRole('button', { name: 'Copy the briefing as text' }))
    const text = await navigator.clipboard.readText()
    expect(text).toContain('On the table: unavailable (The issues could not be loaded:')
    expect(text).not.toMatch(/no issues/)
  })
})

describe('briefing strip while a list’s refresh fails', () => {
  it('never says "0 new" of a list it could not refresh: what is new there is unknown', async () => {
    // A later visit on which nothing was new when the quotes last loaded.
    previousVisit([], {})
    const { queryClient } = open()
    const news = () => part('New since your last visit')
    expect(await within(news()).findByText('0 new quotes')).toBeInTheDocument()
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse('boom', { status: 500 })))
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    expect(await within(news()).findByText('new quotes unavailable')).toBeInTheDocument()
    expect(news()).not.toHaveTextContent('0 new quotes')
    // The developments, refreshed, still say so.
    expect(within(news()).getByText('0 new developments')).toBeInTheDocument()
  })
})

describe('briefing strip and the keyboard on a live feed', () => {
  it('keeps the focus in "what is new" when the new quote focused there is withdrawn', async () => {
    previousVisit(['quote:trump-well-see'], {})
    const { queryClient } = open()
    const link = await within(strip()).findByRole('link', { name: '1 new quote' })
    link.focus()
    // The desk withdraws the quote: nothing is new any more, and the link goes.
    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({
          quotes: quotesDoc.quotes.filter((quote) => quote.id !== 'trump-well-see'),
        }),
      ),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await within(part('New since your last visit')).findByText('0 new quotes')
    expect(document.activeElement).toBe(part('New since your last visit'))
  })
})
