import { describe, expect, it } from 'vitest'
import { lttb } from '../../src/lib/lttb'
import { rememberedLttb } from '../../src/lib/remembered-lttb'

/** A trading day of one-second ticks (synthetic test data). */
function ticks(count: number, start = Date.UTC(2025, 5, 9, 13, 30)) {
  return Array.from({ length: count }, (_, i) => ({
    t: start + i * 1000,
    v: 6000 + Math.sin(i / 50) * 10 + (i % 7),
  }))
}

describe('rememberedLttb', () => {
  it('gives what lttb gives', () => {
    const day = ticks(23_400)
    expect(rememberedLttb(day, 400)).toEqual(lttb(day, 400))
  })

  it('does not thin the same points again when a replay step cuts the series anew', () => {
    const day = ticks(23_400)
    const first = rememberedLttb(day.slice(0, 20_000), 350)
    // The next step: a new array holding the same first 20,000 points.
    expect(rememberedLttb(day.slice(0, 20_000), 350)).toBe(first)
    // Thinned to another number of points, it is thinned again.
    expect(rememberedLttb(day.slice(0, 20_000), 300)).toEqual(lttb(day.slice(0, 20_000), 300))
  })

  it('thins again when one point in the middle was corrected, even at the same times', () => {
    const day = ticks(23_400)
    const first = rememberedLttb(day, 400)
    const corrected = day.map((p, i) => (i === 11_700 ? { t: p.t, v: 9999 } : p))
    const again = rememberedLttb(corrected, 400)
    expect(again).not.toBe(first)
    expect(again).toEqual(lttb(corrected, 400))
    expect(again.some((p) => p.v === 9999)).toBe(true)
  })

  it('keeps giving the right answer for many numbers of points in turn', () => {
    const day = ticks(5_000)
    for (let round = 0; round < 2; round++)
      for (const threshold of [100, 120, 140, 160, 180, 200])
        expect(rememberedLttb(day, threshold)).toEqual(lttb(day, threshold))
  })
})
