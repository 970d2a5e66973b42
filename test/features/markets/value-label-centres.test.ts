import { describe, expect, it } from 'vitest'
import { yOf } from '../../../src/features/markets/plot-frame'
import {
  coveredTicks,
  labelHeight,
  valueLabelCentres,
} from '../../../src/features/markets/value-label-centres'

// A chart 208 px tall: the plot runs from y 8 (value 6,400) to y 188 (value 5,500), 5 points a px.
const scale = { ticks: [5500, 6000], domain: [5500, 6400] as [number, number] }
const height = 208
const y = (v: number) => yOf(v, scale, height)

describe('value label centres', () => {
  it('puts each label at its value when they do not touch, and none off the scale', () => {
    expect(valueLabelCentres(6000, 5800, scale, height)).toEqual({ last: y(6000), close: y(5800) })
    expect(valueLabelCentres(6000, 7000, scale, height)).toEqual({ last: y(6000), close: null })
  })

  it('moves the close off the last value to its own side, the last label staying at its value', () => {
    expect(valueLabelCentres(6000, 6020, scale, height)).toEqual({
      last: y(6000),
      close: y(6000) - labelHeight,
    })
    expect(valueLabelCentres(6000, 5990, scale, height)).toEqual({
      last: y(6000),
      close: y(6000) + labelHeight,
    })
  })

  it('at the top, a close above the last value takes the edge and the last label moves below it', () => {
    // The S&P 500 of the multi-month test feed: last 6,319.20 at the top, close 6,340.59.
    const top = { ticks: [5200, 6300], domain: [5200, 6345] as [number, number] }
    const { last, close } = valueLabelCentres(6319.2, 6340.59, top, height)
    expect(close).toBe(labelHeight / 2)
    expect(last).toBe(labelHeight / 2 + labelHeight)
    expect(close!).toBeLessThan(last!)
  })

  it('at the bottom, a close below the last value takes the edge and the last label moves above it', () => {
    const { last, close } = valueLabelCentres(5504, 5500, scale, height)
    expect(close).toBe(height - 20)
    expect(last).toBe(height - 20 - labelHeight)
  })
})

describe('ticks the value labels cover', () => {
  // Ticks every 100 points: 20 px apart; a label 16 px tall hides a tick within 16 px of its centre.
  const fine = {
    ticks: [5500, 5600, 5700, 5800, 5900, 6000, 6100, 6200, 6300, 6400],
    domain: [5500, 6400] as [number, number],
  }
  const covered = (last: number, close: number | null) =>
    coveredTicks(valueLabelCentres(last, close, fine, height), fine, height)

  it('leaves out the ticks under the last price and the previous close, and no other', () => {
    expect(covered(6000, 5700)).toEqual([5700, 6000])
    expect(covered(6050, null)).toEqual([6000, 6100])
  })

  it('stays the same while a new last price covers the same ticks', () => {
    expect(covered(6001, null)).toEqual(covered(6010, null))
    expect(covered(6010, null)).not.toEqual(covered(6030, null))
  })
})
