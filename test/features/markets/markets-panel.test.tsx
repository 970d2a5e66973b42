import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import spx from '../../../mocks/fixtures/series/spx.json'
import { renderWithFeed } from '../../render'
import { snapshotItem } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

async function renderPanel(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  const user = userEvent.setup()
  renderWithFeed(<MarketsPanel />, { now: articleMoment })
  const region = await screen.findByRole('region', { name: 'Market reaction' })
  return { user, region }
}

describe('markets panel', () => {
  it("shows the article's figures in the snapshot, never inventing a level", async () => {
    await renderPanel()
    await screen.findByRole('list', { name: 'Market snapshot' })
    const expected: [string, string | null, string][] = [
      ['S&P 500', '6,005.88', '+0.09%'],
      ['Nasdaq', null, '+0.31%'],
      ['Hang Seng Tech', null, '−1.16%'],
      ['CSI 300', null, '−0.64%'],
      ['Brent', '$67.21 per barrel', '+0.25%'],
      ['Dollar Index', '99.25', '+0.31%'],
    ]
    for (const [name, level, change] of expected) {
      const item = snapshotItem(name)
      expect(item).toHaveTextContent(change)
      if (level) expect(within(item).getByText(level)).toBeInTheDocument()
      else expect(within(item).getByText('level not reported')).toBeInTheDocument()
      // Direction by sign and arrow, not colour alone; the as-of time is approximate.
      expect(item).toHaveTextContent(change.startsWith('+') ? /▲|\(up\)/ : /▼|\(down\)/)
      expect(item).toHaveTextContent(/as of .*~\d\d:\d\d/)
    }
    // The unit, and the currency only where the unit does not already name it.
    expect(within(snapshotItem('Brent')).getByText('USD per barrel')).toBeInTheDocument()
    expect(snapshotItem('Brent')).not.toHaveTextContent('per barrel, USD')
  })

  it('labels every illustrative series as such, and only those', async () => {
    server.use(
      http.get('*/demo-feed/series/spx.json', () =>
        HttpResponse.json({ ...spx, illustrative: false }),
      ),
    )
    await renderPanel()
    const spxCard = await screen.findByRole('article', { name: 'S&P 500' })
    const brentCard = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(await within(brentCard).findByText('Illustrative path')).toBeInTheDocument()
    await within(spxCard).findByText(/S&P 500 \+0\.09% on the day/)
    expect(within(spxCard).queryByText('Illustrative path')).not.toBeInTheDocument()
    for (const name of ['Nasdaq Composite', 'Hang Seng Tech Index', 'CSI 300', 'US Dollar Index']) {
      const card = await screen.findByRole('article', { name })
      expect(await within(card).findByText('Illustrative path')).toBeInTheDocument()
    }
  })

  it('rebases to the session selected on the timeline, and says which markets were closed', async () => {
    await renderPanel('?session=london-day-1&tz=UTC')
    const table = await screen.findByRole('table', { name: /Reaction to Day 1 \(session\)/ })
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!
    await within(table).findAllByText(/next open/)
    // 13:00 London: Brent trades, Hong Kong and New York are closed and count from their next open.
    expect(row('Brent')).toHaveTextContent('the event')
    expect(row('Hang Seng Tech')).toHaveTextContent(
      'next open, Tue 10 Jun, 01:30 UTC (closed at the event)',
    )
    expect(row('S&P 500')).toHaveTextContent(
      'next open, Mon 9 Jun, 13:30 UTC (closed at the event)',
    )
    expect(screen.getByRole('combobox', { name: 'Rebase to' })).toHaveDisplayValue(
      /Day 1 \(session\)/,
    )
    const hk = await screen.findByRole('article', { name: 'Hang Seng Tech Index' })
    expect(await within(hk).findByText(/Not yet traded in Hong Kong at Day 1/)).toBeInTheDocument()
    expect(
      within(hk).getByText(
        /in the hour after Day 1 \(session\) \(from the next open in Hong Kong\)/,
      ),
    ).toBeInTheDocument()
  })

  it('lets the user choose the event inside the region, which updates the page selection', async () => {
    const { user } = await renderPanel()
    const select = await screen.findByRole('combobox', { name: 'Rebase to' })
    await user.selectOptions(
      select,
      await screen.findByRole('option', { name: /Day 1 \(session\)/ }),
    )
    expect(new URL(window.location.href).searchParams.get('session')).toBe('london-day-1')
    expect(await screen.findByRole('table', { name: /Reaction to Day 1/ })).toBeInTheDocument()
  })

  it('shows a chart as a data table on demand', async () => {
    const { user } = await renderPanel()
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    const toggle = await within(card).findByRole('button', { name: 'Show table of S&P 500 data' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const table = within(card).getByRole('table', {
      name: /S&P 500 \(illustrative path\): \d+ of \d+ points/,
    })
    const rows = within(table).getAllByRole('row')
    expect(rows.length).toBeGreaterThan(10)
    expect(within(table).getAllByText(/points$/).length).toBeGreaterThan(10)
    expect(within(table).getByText('6,005.88 points')).toBeInTheDocument()
  })

  it('gives every chart a title and a one-line summary', async () => {
    await renderPanel('?session=london-day-1')
    const card = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(
      await within(card).findByText(
        /^Brent \+0\.25% on Tue 10 Jun; (up|down) \d\.\d\d% in the hour after Day 1 \(session\)\.$|unchanged/,
      ),
    ).toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { name: 'All instruments rebased to Day 1 (session)' }),
    ).toBeInTheDocument()
  })

  it('keeps the other panels when one series fails, and offers a Retry', async () => {
    server.use(
      http.get('*/demo-feed/series/hstech.json', () => new HttpResponse('oops', { status: 500 })),
    )
    await renderPanel()
    const hk = await screen.findByRole('article', { name: 'Hang Seng Tech Index' })
    const alert = await within(hk).findByRole('alert')
    expect(alert).toHaveTextContent(/Could not load the Hang Seng Tech series/)
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(await within(brent).findByText('Illustrative path')).toBeInTheDocument()
  })

  it('says a series with no prices has none, and one whose prices could not be read, that', async () => {
    server.use(
      http.get('*/demo-feed/series/spx.json', () => HttpResponse.json({ ...spx, points: [] })),
      http.get('*/demo-feed/series/brent.json', () =>
        HttpResponse.json({ ...spx, instrumentId: 'brent', points: [{ t: 'soon', v: 1 }] }),
      ),
    )
    await renderPanel()
    const sp = await screen.findByRole('article', { name: 'S&P 500' })
    expect(
      await within(sp).findByText('The feed’s S&P 500 series has no prices yet.'),
    ).toBeInTheDocument()
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(
      await within(brent).findByText('None of the feed’s Brent prices could be read.'),
    ).toBeInTheDocument()
    expect(within(brent).queryByText(/no prices yet/)).not.toBeInTheDocument()
  })

  it('draws its first chart alone and the comparison after every card, so no one task draws them all', async () => {
    window.history.replaceState(null, '', '/')
    // At each change of the page: how many instrument charts are drawn, and whether the comparison is.
    const changes: { cards: number; comparison: boolean }[] = []
    const observer = new MutationObserver(() =>
      changes.push({
        cards: document.querySelectorAll('article[aria-labelledby]').length,
        comparison: document.body.textContent!.includes('All instruments rebased'),
      }),
    )
    observer.observe(document.body, { childList: true, subtree: true })
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    await screen.findByText(/^All instruments rebased to/)
    observer.disconnect()
    const cardCounts = [...new Set(changes.map((c) => c.cards))].filter((n) => n > 0)
    // The first chart alone; the others one by one, or together where a step was slow (a busy
    // machine), never the first with them.
    expect(cardCounts[0]).toBe(1)
    expect(cardCounts.at(-1)).toBe(6)
    expect(changes.find((c) => c.comparison)?.cards).toBe(6)
  })
})
