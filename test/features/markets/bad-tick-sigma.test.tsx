import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReactionTable } from '../../../src/features/markets/reaction-table'
import { computeReaction } from '../../../src/features/markets/reaction'
import { sigmaOf } from '../../../src/features/markets/move-sigma'
import { dailyCloses, ny, testEvent, testStock } from './daily-series'

// Test data: a stock closing at 100.00 and 101.00 by turns from March, so its one-day moves are
// +1% and −0.990099%; one close in April printed 100 times the price (a bad tick); then +3% on the
// day of the event, from Friday's 100 to Monday's 103.
const calendar = dailyCloses('2025-03-03', '2025-06-09')
const clean = {
  ...calendar,
  points: calendar.points.map((p, i, all) => ({
    ...p,
    v: i === all.length - 1 ? 103 : (all.length - 2 - i) % 2 === 0 ? 100 : 101,
  })),
}
const eventAt = ny('2025-06-09', '08:00')
const withBadTick = {
  ...clean,
  points: clean.points.map((p) => (p.t === ny('2025-04-08', '16:00') ? { ...p, v: p.v * 100 } : p)),
}

describe('the size of a move on a series with a bad tick', () => {
  it('is measured against the real moves: the two moves into and out of the bad tick are left out', () => {
    const good = computeReaction(testStock('tst'), clean, eventAt).close
    const spiky = computeReaction(testStock('tst'), withBadTick, eventAt).close
    expect(spiky.move).toBeCloseTo(good.move!, 10)
    expect(spiky.sigma!.n).toBe(good.sigma!.n - 2)
    // Alternating moves of about ±1%: sd about 1%, so a 3% move (from 100 to 103) is some 3 sigma.
    expect(spiky.sigma!.sd).toBeCloseTo(good.sigma!.sd!, 2)
    expect(spiky.sigma!.z).toBeGreaterThan(2.9)
  })

  it('reads as unusual in the reaction table, not "0.0 sigma"', () => {
    const instrument = testStock('spiky', 'SPIKY')
    render(
      <ReactionTable
        event={testEvent(eventAt, 'The statement')}
        rows={[
          {
            instrument,
            reaction: computeReaction(instrument, withBadTick, eventAt),
            illustrative: false,
          },
        ]}
        zone="UTC"
        now={ny('2025-06-10', '12:00')}
      />,
    )
    const row = screen.getByRole('row', { name: /SPIKY/ })
    const cell = within(row).getByText(/^\+3\.00%/, { selector: 'td' })
    expect(cell).toHaveTextContent(/\(3\.\d sigma, unusual\)/)
  })

  it('leaves nothing out of a history without one, and keeps the price steps of a thinly traded stock', () => {
    // 10 bp alternating: sd = 10·√(24/23), by the hand-computed figure of reaction-daily.test.ts.
    const alternating = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 10 : -10))
    expect(sigmaOf(30, alternating)).toMatchObject({ n: 24, sd: 10 * Math.sqrt(24 / 23) })
    // Mostly no moves, four one-step moves, and two bad-tick moves a thousand steps wide.
    const steps = [...Array<number>(40).fill(0), 0.081, -0.081, 0.081, -0.081]
    const spiky = sigmaOf(3 * 0.081, [...steps, 81, -81])
    expect(spiky.n).toBe(44)
    expect(spiky.sd).toBeCloseTo(sigmaOf(3 * 0.081, steps).sd!, 12)
  })
})
