import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { QuoteWall } from '../../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../../render'
import { quoteItems, visit } from '../../page'

/** Serves the demo's quotes with "China’s not easy." said at `saidAt` in `location` (test data). */
function serveChinaNotEasy(saidAt: string, location: { name: string; timeZone: string }) {
  const quotes = quotesDoc.quotes.map((q) =>
    q.text === 'China’s not easy.' ? { ...q, saidAt, saidAtPrecision: 'exact', location } : q,
  )
  server.use(http.get('*/demo-feed/quotes.json', () => HttpResponse.json({ quotes })))
}

async function chinaNotEasyCard() {
  await screen.findByText(/ of \d+ quotes$/)
  const item = quoteItems().find((li) =>
    li.querySelector('blockquote')?.textContent?.includes('China’s not easy.'),
  )
  if (!item) throw new Error('no card for China’s not easy.')
  return item
}

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
})
afterEach(() => vi.restoreAllMocks())

describe('quote wall: the local time where a quote was said, on another day', () => {
  it('gives the local date when it is not the display zone’s (Tokyo’s Tuesday beside London’s Monday)', async () => {
    // Test data: said at 20:00 on Monday 9 June in London, 04:00 on Tuesday 10 June in Tokyo.
    serveChinaNotEasy('2025-06-09T20:00:00+01:00', { name: 'Tokyo', timeZone: 'Asia/Tokyo' })
    visit('/?tz=Europe/London')
    renderWithFeed(<QuoteWall />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await chinaNotEasyCard()
    expect(card).toHaveTextContent('Mon 9 Jun, 20:00 BST · Tokyo Tue 10 Jun 04:00 GMT+9')
  })

  it('gives the local time a day ahead even when its clock reads the same', async () => {
    // Test data: Kiritimati (UTC+14) is a whole day ahead of Honolulu (UTC-10): the same 09:00.
    serveChinaNotEasy('2025-06-09T09:00:00-10:00', {
      name: 'Kiritimati',
      timeZone: 'Pacific/Kiritimati',
    })
    visit('/?tz=Pacific/Honolulu')
    renderWithFeed(<QuoteWall />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await chinaNotEasyCard()
    expect(card).toHaveTextContent(/09:00 HST · Kiritimati Tue 10 Jun 09:00 GMT\+14/)
  })

  it('gives the clock alone on the same day', async () => {
    // Test data: said at 08:00 in New York, 13:00 in London, the same Monday.
    serveChinaNotEasy('2025-06-09T08:00:00-04:00', {
      name: 'New York',
      timeZone: 'America/New_York',
    })
    visit('/?tz=Europe/London')
    renderWithFeed(<QuoteWall />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await chinaNotEasyCard()
    expect(card).toHaveTextContent('Mon 9 Jun, 13:00 BST · New York 08:00 EDT')
  })
})
