import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import spx from '../../../mocks/fixtures/series/spx.json'
import { renderWithFeed } from '../../render'

/** Test data: the demo's S&P series cut to Friday 6 June, so it has no price after Day 1 began. */
function serveSpxEndingFriday() {
  const points = [
    { t: '2025-06-06T19:55:00Z', v: 5999.1 },
    { t: '2025-06-06T20:00:00Z', v: 6000.48 },
  ]
  server.use(http.get('*/demo-feed/series/spx.json', () => HttpResponse.json({ ...spx, points })))
}

async function reactionToDay1(now: string) {
  serveSpxEndingFriday()
  // Day 1 began at 12:00 UTC on Monday 9 June, New York closed; it opened at 13:30 UTC.
  window.history.replaceState(null, '', '/?session=london-day-1&tz=UTC')
  renderWithFeed(<MarketsPanel />, { now: Date.parse(now) })
  const table = await screen.findByRole('table', { name: /Reaction to Day 1 \(session\)/ })
  const row = within(table).getByRole('rowheader', { name: 'S&P 500' }).closest('tr')!
  const card = await screen.findByRole('article', { name: 'S&P 500' })
  return { row, card }
}

describe('a reaction whose series has no price after the event', () => {
  it('once the market has opened since, blames the series, not the market', async () => {
    const { row, card } = await reactionToDay1('2025-06-10T08:15:00Z')
    expect(row).toHaveTextContent('next open, Mon 9 Jun, 13:30 UTC: no price in the series since')
    expect(row).not.toHaveTextContent('no data yet')
    expect(
      await within(card).findByText(/no price in its series since Day 1 \(session\)\./),
    ).toBeInTheDocument()
    expect(card).not.toHaveTextContent(/not yet traded in New York since/)
    expect(card).not.toHaveTextContent('counting starts at its next open')
  })

  it('before the market’s next open, says it has not traded yet', async () => {
    const { row, card } = await reactionToDay1('2025-06-09T12:30:00Z')
    expect(row).toHaveTextContent('not yet traded in New York (next open Mon 9 Jun, 13:30 UTC)')
    expect(
      await within(card).findByText(/not yet traded in New York since Day 1 \(session\)\./),
    ).toBeInTheDocument()
  })
})
