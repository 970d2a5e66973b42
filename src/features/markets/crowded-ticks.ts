import { plotInset } from './plot-frame'
import type { ValueScale } from './value-scale'

/** The least room between two value-axis labels (11 px type): closer, they run into each other. */
export const minTickGap = 14

/**
 * The scale's ticks left unlabelled on a plot too short for them all (a chart alone in a small
 * frame): only every k-th step keeps its label, the rounder values (multiples of k steps), so the
 * labels left are at least `minTickGap` px apart. None on a plot tall enough for every label.
 */
export function crowdedTicks(scale: ValueScale, height: number): number[] {
  const { ticks } = scale
  if (ticks.length < 2) return []
  const step = ticks[1]! - ticks[0]!
  const gap = (height - plotInset.top - plotInset.bottom) / (ticks.length - 1)
  if (!(step > 0) || gap >= minTickGap) return []
  const every = Math.ceil(minTickGap / Math.max(gap, 1))
  return ticks.filter((tick) => Math.round(tick / step) % every !== 0)
}
