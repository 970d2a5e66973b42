import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { MarketSnapshotBar } from '../../../src/features/markets/market-snapshot-bar'
import { server } from '../../../mocks/node'
import spx from '../../../mocks/fixtures/series/spx.json'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'
import { snapshotItem } from '../../page'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { dailyCloses } from './daily-series'

// The demo feed with its S&P 500 replaced by real-kind daily closes (test data): what a desk's feed looks like.
const closes = dailyCloses('2025-03-03', '2025-06-13', {
  '2025-06-06': 6000.36,
  '2025-06-09': 6005.88,
})
const dailySpx = {
  ...spx,
  illustrative: false,
  note: undefined,
  interval: '1d',
  points: closes.points.map((p) => ({ t: new Date(p.t).toISOString(), v: p.v })),
}

describe('markets panel on daily closes', () => {
  it('reads daily data: the close against the previous close, n/a at +15 min and +1 h, illustrative named per series', async () => {
    server.use(http.get('*/demo-feed/series/spx.json', () => HttpResponse.json(dailySpx)))
    window.history.replaceState(null, '', '/?session=london-day-1&tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const table = await screen.findByRole('table', { name: /Reaction to Day 1 \(session\)/ })
    const row = () => within(table).getByRole('rowheader', { name: 'S&P 500' }).closest('tr')!
    await within(table).findByText('previous close, Fri 6 Jun')
    const cells = within(row()).getAllByRole('cell')
    expect(cells[1]).toHaveTextContent('n/a (daily data)')
    expect(cells[2]).toHaveTextContent('n/a (daily data)')
    expect(cells[3]).toHaveTextContent('+0.09%')
    // 70-odd closes: enough history for a sigma figure.
    expect(cells[3]).toHaveTextContent(/\(\d+\.\d sigma/)
    expect(table).toHaveAccessibleName(
      /illustrative paths, not real prices: Nasdaq, Hang Seng Tech, CSI 300, Brent, Dollar Index$/,
    )
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(
      within(card).getByText(/up 0\.09% at the first close after Day 1 \(session\)/),
    ).toBeInTheDocument()
    expect(within(card).queryByText('Illustrative path')).not.toBeInTheDocument()
  })
})

describe('a daily series in a window of hours', () => {
  it('says the series has daily closes instead of drawing nothing', async () => {
    server.use(http.get('*/demo-feed/series/spx.json', () => HttpResponse.json(dailySpx)))
    // Monday 9 June in Hong Kong ends before the New York close.
    window.history.replaceState(null, '', '/?session=london-day-1&window=day&tz=Asia/Hong_Kong')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(
      await within(card).findByText(
        'No S&P 500 close in this window: the series has daily closes (a round or the whole feed shows them).',
      ),
    ).toBeInTheDocument()
  })
})

describe('a day change the feed leaves out', () => {
  /** Test data: the demo's S&P 500 on daily closes to Monday, against Friday's close. */
  function dailySpxToMonday() {
    const toMonday = dailyCloses('2025-03-03', '2025-06-09', {
      '2025-06-06': 6000.36,
      '2025-06-09': 6005.88,
    })
    return {
      ...dailySpx,
      reference: { value: 6000.36, at: '2025-06-06T20:00:00Z', label: 'Fri 6 Jun close' },
      points: toMonday.points.map((p) => ({ t: new Date(p.t).toISOString(), v: p.v })),
    }
  }

  /** Test data: the demo's markets with no day change, its S&P 500 on daily closes to Monday. */
  function serveFeedWithoutDayChange() {
    server.use(
      http.get('*/demo-feed/markets.json', () =>
        HttpResponse.json({
          ...marketsFixture,
          instruments: marketsFixture.instruments.map((i) => ({
            ...i,
            change: null,
            changePercent: null,
            ...(i.id === 'spx' ? { asOf: '2025-06-09T20:00:00Z' } : {}),
          })),
        }),
      ),
      http.get('*/demo-feed/series/spx.json', () => HttpResponse.json(dailySpxToMonday())),
    )
  }

  /** serveFeedWithoutDayChange, the S&P 500's series answered only once the returned function is called. */
  function serveFeedWithoutDayChangeSeriesHeld(): () => void {
    serveFeedWithoutDayChange()
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const answered = dailySpxToMonday()
    server.use(
      http.get('*/demo-feed/series/spx.json', async () => {
        await held
        return HttpResponse.json(answered)
      }),
    )
    return release
  }

  it('is read from a real series, and says so; never from an illustrative one', async () => {
    serveFeedWithoutDayChange()
    window.history.replaceState(null, '', '/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(
      await within(card).findByText('S&P 500 +0.09% on the day (from its series).'),
    ).toBeInTheDocument()
    const strip = screen.getByRole('list', { name: 'Market snapshot' })
    expect(within(strip).getByText(/from the series: its last value/)).toBeInTheDocument()
    // The demo's other series are illustrative paths: their change stays unreported.
    const nasdaq = await screen.findByRole('article', { name: 'Nasdaq Composite' })
    expect(await within(nasdaq).findByText('Nasdaq: change not reported.')).toBeInTheDocument()
  })

  it('is read in the band across the top too', async () => {
    serveFeedWithoutDayChange()
    window.history.replaceState(null, '', '/?tz=UTC')
    renderWithFeed(<MarketSnapshotBar />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const band = await screen.findByRole('list', { name: 'Market snapshot' })
    const cell = (name: string) => within(band).getByText(name).closest('li')!
    await waitFor(() => expect(cell('S&P 500')).toHaveTextContent('+0.09%'))
    expect(within(cell('S&P 500')).getByText(/from the series: its last value/)).toBeInTheDocument()
    // Illustrative paths give no figure: a dash, in the same room.
    expect(within(cell('Nasdaq')).getByText('change not reported')).toBeInTheDocument()
  })

  it('is read in the snapshot strip shown alone (?view=snapshot), said unknown while its series loads', async () => {
    const releaseSeries = serveFeedWithoutDayChangeSeriesHeld()
    window.history.replaceState(null, '', '/?tz=UTC')
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, view: 'snapshot' }}>
        <MarketsPanel />
      </ChromeContext>,
      { now: Date.parse('2025-06-10T09:15:00+01:00') },
    )
    await screen.findByRole('list', { name: 'Market snapshot' })
    // Before: "change not reported", for good, as the strip alone asked for no series.
    expect(snapshotItem('S&P 500')).toHaveTextContent('change not known yet')
    expect(snapshotItem('S&P 500')).not.toHaveTextContent('not reported')
    releaseSeries()
    await waitFor(() => expect(snapshotItem('S&P 500')).toHaveTextContent('+0.09%'))
    expect(
      within(snapshotItem('S&P 500')).getByText(/from the series: its last value/),
    ).toBeInTheDocument()
    expect(snapshotItem('Nasdaq')).toHaveTextContent('change not reported')
  })

  it('is not said unreported on the card while its series loads', async () => {
    const releaseSeries = serveFeedWithoutDayChangeSeriesHeld()
    window.history.replaceState(null, '', '/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(within(card).getByText('S&P 500: change not known yet.')).toBeInTheDocument()
    releaseSeries()
    expect(
      await within(card).findByText('S&P 500 +0.09% on the day (from its series).'),
    ).toBeInTheDocument()
  })
  it('is said unknown, not unreported, when its series fails', async () => {
    serveFeedWithoutDayChange()
    server.use(
      http.get('*/demo-feed/series/spx.json', () => new HttpResponse(null, { status: 503 })),
    )
    window.history.replaceState(null, '', '/?tz=UTC')
    renderWithFeed(
      <>
        <MarketSnapshotBar />
        <MarketsPanel />
      </>,
      { now: Date.parse('2025-06-10T09:15:00+01:00') },
    )
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(
      await within(card).findByText('S&P 500: change unknown (its series did not load).'),
    ).toBeInTheDocument()
    const band = screen.getAllByRole('list', { name: 'Market snapshot' })[0]!
    const cell = within(band).getByText('S&P 500').closest('li')!
    expect(cell).toHaveTextContent('change unknown (its series did not load)')
    expect(cell).not.toHaveTextContent('not reported')
    // A series that loaded and gives no figure (an illustrative path) leaves it unreported.
    expect(within(band).getByText('Nasdaq').closest('li')!).toHaveTextContent('change not reported')
  })
})

describe('a series read a year or more later', () => {
  it('gives the year of its last point, which is not this year', async () => {
    server.use(http.get('*/demo-feed/series/spx.json', () => HttpResponse.json(dailySpx)))
    window.history.replaceState(null, '', '/?tz=UTC')
    // No `now`: the real clock, past 2025.
    renderWithFeed(<MarketsPanel />)
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(await within(card).findByText(/^Last, Fri 13 Jun 2025, /)).toBeInTheDocument()
  })

  it('gives the year of the event, its previous close and the rebase options', async () => {
    server.use(http.get('*/demo-feed/series/spx.json', () => HttpResponse.json(dailySpx)))
    window.history.replaceState(null, '', '/?session=london-day-1&tz=UTC')
    renderWithFeed(<MarketsPanel />)
    const table = await screen.findByRole('table', {
      name: /^Reaction to Day 1 \(session\), Mon 9 Jun 2025, /,
    })
    expect(await within(table).findByText('previous close, Fri 6 Jun 2025')).toBeInTheDocument()
    const rebase = screen.getByRole('combobox', { name: 'Rebase to' })
    expect(within(rebase).getByRole('option', { selected: true })).toHaveTextContent(
      /^Mon 9 Jun 2025, .* · Day 1 \(session\)$/,
    )
    const card = screen.getByRole('article', { name: 'S&P 500' })
    const rail = within(card).getByRole('toolbar', { name: /^Events on the/ })
    const marker = within(rail).getByRole('button', { pressed: true })
    expect(marker).toHaveAccessibleName(/^Mon 9 Jun 2025, /)
  })

  it("gives the year of a closed market's next open, where counting starts", async () => {
    window.history.replaceState(null, '', '/?session=london-day-1&tz=UTC')
    renderWithFeed(<MarketsPanel />)
    const hk = await screen.findByRole('article', { name: 'Hang Seng Tech Index' })
    expect(
      await within(hk).findByText(
        /counting starts at its next open, Tue 10 Jun 2025, 09:30 GMT\+8\./,
      ),
    ).toBeInTheDocument()
  })
})

describe('a replayed moment on daily closes', () => {
  it('reads the day change from the series’ previous close, and says so', async () => {
    // Test data: Monday 19 May 5,900, Tuesday 20 May 5,959 (+1.00%); the feed's own reference
    // close (9 June) is long after the moment.
    const may = dailyCloses('2025-05-01', '2025-06-13', {
      '2025-05-19': 5900,
      '2025-05-20': 5959,
    })
    server.use(
      http.get('*/demo-feed/series/spx.json', () =>
        HttpResponse.json({
          ...dailySpx,
          points: may.points.map((p) => ({ t: new Date(p.t).toISOString(), v: p.v })),
        }),
      ),
    )
    window.history.replaceState(null, '', '/?asof=2025-05-20T21:00:00Z&tz=UTC')
    renderWithFeed(<MarketSnapshotBar />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const band = await screen.findByRole('list', { name: 'Market snapshot' })
    const cell = (name: string) => within(band).getByText(name).closest('li')!
    await waitFor(() => expect(cell('S&P 500')).toHaveTextContent('+1.00%'))
    expect(cell('S&P 500')).toHaveTextContent('5,959')
    expect(within(cell('S&P 500')).getByText(/from the series: its last value/)).toBeInTheDocument()
    // The demo's Brent path starts in June: nothing of it is known yet.
    expect(cell('Brent')).toHaveTextContent('No prices for Brent yet')
    expect(band).not.toHaveTextContent(/\d{4}-\d\d-\d\dT/)
  })

  it('says when a reference close comes in the page’s zone, not as ISO text', async () => {
    window.history.replaceState(null, '', '/?asof=2025-06-09T15:00:00Z&tz=UTC')
    renderWithFeed(<MarketSnapshotBar />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const band = await screen.findByRole('list', { name: 'Market snapshot' })
    const brent = () => within(band).getByText('Brent').closest('li')!
    await waitFor(() => expect(brent()).toHaveTextContent(/Day change not known yet/))
    expect(brent()).toHaveTextContent(/”, at Mon 9 Jun( 2025)?, 22:00 UTC/)
    expect(band).not.toHaveTextContent(/\d{4}-\d\d-\d\dT/)
    // The cell is narrow: it shows the short form, the whole sentence on hover.
    const shown = within(brent()).getByText(/^Day change known from Mon 9 Jun( 2025)?, 22:00 UTC$/)
    expect(shown).toHaveAttribute(
      'title',
      expect.stringMatching(/^Day change not known yet: it is measured from/),
    )
  })
})
