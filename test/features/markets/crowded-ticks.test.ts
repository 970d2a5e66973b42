import { describe, expect, it } from 'vitest'
import { crowdedTicks, minTickGap } from '../../../src/features/markets/crowded-ticks'
import { plotInset } from '../../../src/features/markets/plot-frame'

// A chart alone in a small frame: the value axis's labels ran into each other on a 60 px plot.
const scale = {
  ticks: [5980, 5990, 6000, 6010, 6020, 6030, 6040, 6050],
  domain: [5980, 6050] as [number, number],
}
const boxFor = (plot: number) => plot + plotInset.top + plotInset.bottom

describe('crowdedTicks', () => {
  it('labels every tick on a plot tall enough for them', () => {
    expect(crowdedTicks(scale, boxFor(7 * minTickGap))).toEqual([])
  })

  it('keeps the rounder values, at least minTickGap px apart, on a short plot', () => {
    // 8.6 px apart: every other one, the multiples of 20.
    expect(crowdedTicks(scale, boxFor(60))).toEqual([5990, 6010, 6030, 6050])
    // 4.3 px apart: every fourth, the multiples of 40.
    expect(crowdedTicks(scale, boxFor(30))).toEqual([5980, 5990, 6010, 6020, 6030, 6050])
  })
})
