import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { Profiler, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { MarketSnapshotBar } from '../../../src/features/markets/market-snapshot-bar'
import { marketsQueries } from '../../../src/feed/queries'
import { ChromeContext, fullChrome, type Chrome } from '../../../src/hooks/chrome-context'
import { server } from '../../../mocks/node'
import spx from '../../../mocks/fixtures/series/spx.json'
import sessions from '../../../mocks/fixtures/sessions.json'
import brent from '../../../mocks/fixtures/series/brent.json'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { renderWithFeed } from '../../render'
import { snapshotItem, visit } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

function withChrome(chrome: Partial<Chrome>, ui: ReactNode) {
  return <ChromeContext value={{ ...fullChrome, ...chrome }}>{ui}</ChromeContext>
}

afterEach(() => {
  vi.useRealTimers()
})

describe('markets in replay (?asof=)', () => {
  it('shows the snapshot as of the moment, and says what was not known yet', async () => {
    visit('/?asof=2025-06-09T15:00:00Z&tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    await screen.findByRole('list', { name: 'Market snapshot' })
    // S&P 500: the 15:00Z point of its series, not the close the feed reports (6,005.88).
    await waitFor(() => expect(snapshotItem('S&P 500')).toHaveTextContent('6,034.46'))
    expect(snapshotItem('S&P 500')).not.toHaveTextContent('6,005.88')
    expect(snapshotItem('S&P 500')).toHaveTextContent('as of Mon 9 Jun, ~15:00 UTC')
    // Hong Kong closed at 08:00Z, the reference close of its series (% against that close): its
    // last figure is the close itself, which says nothing of that day; not 0.00%, not −1.16%.
    await waitFor(() =>
      expect(snapshotItem('Hang Seng Tech')).toHaveTextContent('as of Mon 9 Jun, ~08:00 UTC'),
    )
    expect(snapshotItem('Hang Seng Tech')).toHaveTextContent(
      /no price since the reference close, “Previous close \(illustrative time\)”, at Mon 9 Jun, 08:00 UTC/,
    )
    expect(snapshotItem('Hang Seng Tech')).not.toHaveTextContent(/0\.00%|1\.16%/)
    // Brent's reference close (22:00Z) comes after the moment: the day change is not known yet.
    await waitFor(() => expect(snapshotItem('Brent')).toHaveTextContent(/Day change not known yet/))
    expect(snapshotItem('Brent')).toHaveTextContent('$66.75 per barrel')
    expect(snapshotItem('Brent')).toHaveTextContent('change not known yet')
    // Every figure above was read from an illustrative path: each says so.
    for (const name of ['S&P 500', 'Brent'])
      expect(snapshotItem(name)).toHaveTextContent('(illustrative path, not real prices)')
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(within(card).getByText(/on the day \(from an illustrative path\)/)).toBeInTheDocument()
    // The feed reports Brent's day; at this moment it was not known yet: not "not reported".
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(within(brent).getByText('Brent: change not known at this moment.')).toBeInTheDocument()
  })

  it('before the day’s first price, shows the close its series is measured from, with no day change', async () => {
    // 10:00Z on Monday 9 June: New York has not opened; the S&P's series starts at 13:30Z and is
    // measured from Friday's close (6,000.48, 20:00Z).
    visit('/?asof=2025-06-09T10:00:00Z&tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    await screen.findByRole('list', { name: 'Market snapshot' })
    await waitFor(() => expect(snapshotItem('S&P 500')).toHaveTextContent('6,000.48'))
    expect(snapshotItem('S&P 500')).toHaveTextContent('as of Fri 6 Jun, ~20:00 UTC')
    expect(snapshotItem('S&P 500')).toHaveTextContent(/no price since the reference close/)
    expect(snapshotItem('S&P 500')).not.toHaveTextContent(/level not reported|[+−]\d\.\d\d%/)
  })

  it('live, shows the feed’s own figures with no such mark', async () => {
    visit('/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    await waitFor(() => expect(snapshotItem('S&P 500')).toHaveTextContent('6,005.88'))
    expect(screen.getByRole('list', { name: 'Market snapshot' })).not.toHaveTextContent(
      /illustrative/,
    )
  })

  it('cuts the charts at the moment: the S&P table ends at 15:00Z', async () => {
    visit('/?asof=2025-06-09T15:00:00Z&tz=UTC')
    const { default: userEvent } = await import('@testing-library/user-event')
    const user = userEvent.setup()
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    await user.click(
      await within(card).findByRole('button', { name: 'Show table of S&P 500 data' }),
    )
    const rows = within(within(card).getByRole('table')).getAllByRole('row')
    expect(rows.at(-1)).toHaveTextContent('Mon 9 Jun, 15:00 UTC')
    expect(rows.at(-1)).toHaveTextContent('6,034.46 points')
    expect(within(card).getByRole('table')).not.toHaveTextContent('6,005.88')
  })
})

describe('a refresh that brings nothing new', () => {
  it('re-renders neither the panel nor its cards; a refresh with new data does', async () => {
    useFakeClock()
    visit('/?tz=UTC')
    let commits = 0
    const { queryClient } = renderWithFeed(
      <Profiler id="markets" onRender={() => (commits += 1)}>
        <MarketsPanel />
      </Profiler>,
      { now: articleMoment },
    )
    // Every card and the comparison mounted, and the figures in.
    await advanceUntil(() => {
      expect(
        screen.getByRole('heading', { name: 'All instruments rebased to the start of the window' }),
      ).toBeInTheDocument()
      expect(
        within(screen.getByRole('article', { name: 'US Dollar Index' })).getByText(
          'Illustrative path',
        ),
      ).toBeInTheDocument()
      expect(queryClient.isFetching()).toBe(0)
    })
    await advance(1000)
    const settled = commits

    for (let i = 0; i < 2; i += 1) {
      await act(() => queryClient.refetchQueries())
      await advance(500)
    }
    expect(commits).toBe(settled)
    expect(screen.getByText(/S&P 500 \+0\.09% on the day/)).toBeInTheDocument()

    // The counter does count: a refresh with a changed S&P series commits.
    server.use(
      http.get('*/demo-feed/series/spx.json', () =>
        HttpResponse.json({ ...spx, points: spx.points.slice(0, -1) }),
      ),
    )
    await act(() => queryClient.refetchQueries())
    await advance(500)
    expect(commits).toBeGreaterThan(settled)
  })
})

describe('a price the feed has stopped updating', () => {
  const card = (name: string) => screen.getByRole('article', { name })
  const staleMark = /^No price for .* of trading hours$/

  it('is marked on the cards of the markets open since, once open longer than a halt', async () => {
    useFakeClock()
    visit('/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    // 08:15 UTC: Brent and the Dollar Index last traded at 08:00, a quarter of an hour of trading ago.
    await advanceUntil(() =>
      expect(within(card('US Dollar Index')).getByText('Illustrative path')).toBeInTheDocument(),
    )
    expect(screen.queryByText(staleMark)).not.toBeInTheDocument()
    // 40 minutes on, 55 minutes of trading without a price: more than ten 5-minute steps.
    await advance(40 * 60_000)
    await advanceUntil(() =>
      expect(within(card('Brent crude oil')).getByText('No price for 55 min of trading hours')),
    )
    expect(within(card('US Dollar Index')).getByText('No price for 55 min of trading hours'))
    // Hong Kong and Shanghai closed at 08:00 and 07:00, New York has not opened: not stale.
    for (const name of ['S&P 500', 'Nasdaq Composite', 'Hang Seng Tech Index', 'CSI 300'])
      expect(within(card(name)).queryByText(staleMark)).not.toBeInTheDocument()
    // The snapshot above the cards says so beside the as-of time.
    expect(snapshotItem('Brent')).toHaveTextContent(/as of .* No price for 55 min of trading hours/)
    expect(snapshotItem('S&P 500')).not.toHaveTextContent('No price')
  })

  it('is marked in the band across the top once a panel has the series; the band never asks for it', async () => {
    visit('/?tz=UTC')
    const seriesAsked: string[] = []
    const onRequest = ({ request }: { request: Request }) => {
      if (request.url.includes('/series/')) seriesAsked.push(request.url)
    }
    server.events.on('request:start', onRequest)
    const { queryClient, runtime } = renderWithFeed(<MarketSnapshotBar />, {
      now: articleMoment + 40 * 60_000,
    })
    const band = await screen.findByRole('list', { name: 'Market snapshot' })
    const cell = (name: string) => within(band).getByText(name).closest('li')!
    await waitFor(() => expect(cell('Brent')).toHaveTextContent('$67.21 per barrel'))
    expect(band).not.toHaveTextContent('No price')
    expect(seriesAsked).toEqual([])
    // The markets panel (here, a prefetch of its query) loads the Brent series.
    await queryClient.prefetchQuery(marketsQueries.series(runtime.feedBaseUrl, 'brent'))
    expect(
      await within(cell('Brent')).findByText('(No price for 55 min of trading hours)'),
    ).toBeInTheDocument()
    expect(cell('Brent')).toHaveAttribute('title', expect.stringMatching(/may be out of date/))
    expect(cell('Dollar Index')).not.toHaveTextContent('No price')
    server.events.removeListener('request:start', onRequest)
  })

  it('says where a series ends, unwarned, once the talks ended before its last price', async () => {
    // The talks over after Day 1: their last news is a development at 01:00 UTC on 10 Jun.
    server.use(
      http.get('*/demo-feed/sessions.json', () =>
        HttpResponse.json({ sessions: sessions.sessions.slice(0, 1) }),
      ),
    )
    visit('/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment + 30 * 86_400_000 })
    // Brent's last price (08:00 UTC on 10 Jun) came after: the series is a record of the talks.
    const brentCard = await screen.findByRole('article', { name: 'Brent crude oil' })
    const brent = await within(brentCard).findByText('Series ends Tue 10 Jun')
    expect(brent).toHaveAttribute('title', expect.stringMatching(/after the last session/))
    expect(brent.className).not.toMatch(/text-warn/)
    // The S&P 500's (20:00 UTC on 9 Jun) came before that news: its reaction is not in the feed.
    const spx = await within(card('S&P 500')).findByText('No price since Mon 9 Jun')
    expect(spx.className).toMatch(/text-warn/)
    expect(snapshotItem('S&P 500')).toHaveTextContent('No price since Mon 9 Jun')
    expect(snapshotItem('Brent')).not.toHaveTextContent(/No price|Series ends/)
    expect(snapshotItem('Brent').querySelector('[data-stale-price]')).toBeNull()
  })

  it('names a last price dated after now on its card and in the snapshot', async () => {
    // Test data: Brent's series three hours ahead, as a feed written in the wrong zone would be.
    const ahead = brent.points.map((p) => ({
      ...p,
      t: new Date(Date.parse(p.t) + 3 * 3_600_000).toISOString(),
    }))
    server.use(
      http.get('*/demo-feed/series/brent.json', () =>
        HttpResponse.json({ ...brent, points: ahead }),
      ),
    )
    visit('/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const brentCard = await screen.findByRole('article', { name: 'Brent crude oil' })
    // 2 h 45 min, less the seconds the test takes.
    const mark = await within(brentCard).findByText(/^Last price 2 h 4[45] min ahead of now$/)
    expect(mark).toHaveAttribute('title', expect.stringMatching(/time zone or clock mistake/))
    expect(snapshotItem('Brent')).toHaveTextContent(/Last price 2 h 4[45] min ahead of now/)
    expect(within(card('S&P 500')).queryByText(/ahead of now/)).not.toBeInTheDocument()
  })

  it('is not marked in replay, where the moment replayed is the end of the data', async () => {
    visit('/?asof=2025-06-09T15:00:00Z&tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment + 5 * 3_600_000 })
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    await within(brent).findByText('Illustrative path')
    expect(screen.queryByText(staleMark)).not.toBeInTheDocument()
  })
})

describe('chrome', () => {
  it('view=snapshot shows only the snapshot strip', async () => {
    visit('/')
    renderWithFeed(withChrome({ view: 'snapshot' }, <MarketsPanel />), { now: articleMoment })
    await screen.findByRole('list', { name: 'Market snapshot' })
    expect(snapshotItem('S&P 500')).toHaveTextContent('6,005.88')
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Rebase to' })).not.toBeInTheDocument()
    expect(
      screen.queryByRole('heading', { name: /All instruments rebased/ }),
    ).not.toBeInTheDocument()
  })

  it('view=markets with an instrument shows only that instrument', async () => {
    visit('/')
    renderWithFeed(withChrome({ view: 'markets', instrument: 'hstech' }, <MarketsPanel />), {
      now: articleMoment,
    })
    const card = await screen.findByRole('article', { name: 'Hang Seng Tech Index' })
    expect(await within(card).findByText('Illustrative path')).toBeInTheDocument()
    expect(screen.getAllByRole('article')).toHaveLength(1)
    // The chart alone, as docs/embedding.md says: its card gives the figure, no snapshot strip.
    expect(screen.queryByRole('list', { name: 'Market snapshot' })).not.toBeInTheDocument()
    expect(within(card).getByText(/Hang Seng Tech −1\.16% on the day/)).toBeInTheDocument()
    expect(
      screen.queryByRole('heading', { name: /All instruments rebased/ }),
    ).not.toBeInTheDocument()
  })

  it('says so when the instrument asked for is not in the feed', async () => {
    visit('/')
    renderWithFeed(withChrome({ view: 'markets', instrument: 'ftse' }, <MarketsPanel />), {
      now: articleMoment,
    })
    expect(await screen.findByText('The feed lists no instrument “ftse”.')).toBeInTheDocument()
  })

  it('filters=0 hides the rebase, time window and export controls, and keeps the charts', async () => {
    visit('/?session=london-day-1')
    renderWithFeed(withChrome({ filters: false }, <MarketsPanel />), { now: articleMoment })
    expect(await screen.findByRole('table', { name: /Reaction to Day 1/ })).toBeInTheDocument()
    expect(await screen.findByRole('article', { name: 'S&P 500' })).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Rebase to' })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Time window' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Export/ })).not.toBeInTheDocument()
  })
})

describe('retries', () => {
  it('says the series is being retried while it is', async () => {
    let calls = 0
    server.use(
      http.get('*/demo-feed/series/brent.json', () => {
        calls += 1
        return new HttpResponse('busy', { status: 503 })
      }),
    )
    visit('/')
    const { QueryClient } = await import('@tanstack/react-query')
    const { shouldRetry } = await import('../../../src/feed/retry-policy')
    const queryClient = new QueryClient({
      defaultOptions: {
        queries: { retry: shouldRetry, retryDelay: 200, networkMode: 'always', gcTime: Infinity },
      },
    })
    renderWithFeed(<MarketsPanel />, { now: articleMoment, queryClient })
    const region = await screen.findByRole('region', { name: 'Market reaction' })
    expect(await within(region).findByText(/retrying \(\d of 3\)/)).toBeInTheDocument()
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(await within(brent).findByRole('alert')).toHaveTextContent(
      /Could not load the Brent series/,
    )
    expect(within(region).queryByText(/retrying/)).not.toBeInTheDocument()
    expect(calls).toBe(4)
  })
})
