import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import brent from '../../../mocks/fixtures/series/brent.json'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

describe('tick data: prices within the minute', () => {
  it('are timed to the second on the card and in its table, where minutes would repeat', async () => {
    // Test data: Brent as a tick every 7 seconds for the ten minutes before 08:00 UTC.
    const start = Date.parse('2025-06-10T07:50:03Z')
    const points = Array.from({ length: 86 }, (_, i) => ({
      t: new Date(start + i * 7_000).toISOString(),
      v: 67 + (i % 5) / 100,
    }))
    server.use(
      http.get('*/demo-feed/series/brent.json', () => HttpResponse.json({ ...brent, points })),
    )
    visit('/?tz=UTC&window=last:1h')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const card = await screen.findByRole('article', { name: 'Brent crude oil' })
    // The last tick: 07:50:03 + 85 × 7 s = 07:59:58.
    expect(await within(card).findByText(/^Last, Tue 10 Jun, 07:59:58 UTC/)).toBeInTheDocument()
    await userEvent.click(within(card).getByRole('button', { name: 'Show table of Brent data' }))
    const table = within(card).getByRole('table')
    const times = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => (row as HTMLTableRowElement).cells[0]?.textContent)
    expect(times.length).toBeGreaterThan(10)
    for (const time of times) expect(time).toMatch(/^Tue 10 Jun, 07:5\d:\d\d UTC$/)
    expect(new Set(times).size).toBe(times.length)
  })

  it('whole minutes stay in minutes', async () => {
    visit('/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(await within(card).findByText(/^Last, Mon 9 Jun, 20:00 UTC/)).toBeInTheDocument()
  })
})
