import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import spx from '../../../mocks/fixtures/series/spx.json'
import { renderWithFeed } from '../../render'

/**
 * Test data: the demo's S&P series cut to one price, at 19:00 UTC on Monday 9 June, half an hour
 * after Scott Bessent's remark (18:30 UTC, New York open): the price counted from is the first after it.
 */
function serveOnePriceAfterTheRemark() {
  const points = [{ t: '2025-06-09T19:00:00Z', v: 6005.88 }]
  server.use(http.get('*/demo-feed/series/spx.json', () => HttpResponse.json({ ...spx, points })))
}

describe('a series whose one price comes after the chosen event', () => {
  it('gives no move since the event on the card or in the comparison, only that it is the first price', async () => {
    serveOnePriceAfterTheRemark()
    window.history.replaceState(null, '', '/?quote=bessent-good&tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T08:15:00Z') })
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    const readout = await within(card).findByTestId('market-readout')
    expect(readout).toHaveTextContent(/6,005\.88/)
    expect(readout).toHaveTextContent(/\(first price since Scott Bessent/)
    expect(readout).not.toHaveTextContent(/0\.00% since/)
    const summary = await screen.findByText(
      /One price since Scott Bessent.*, no move to tell: S&P 500\./,
    )
    expect(summary).not.toHaveTextContent(/S&P 500 unchanged/)
  })
})
