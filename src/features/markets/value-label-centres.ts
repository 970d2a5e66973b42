import { plotInset, yOf } from './plot-frame'
import type { ValueScale } from './value-scale'

export const labelHeight = 16

/** Where the last value's and the previous close's labels sit on the right axis (px), null when off the scale. */
export type LabelCentres = { last: number | null; close: number | null }

/**
 * Each label at its value, unless the two would cover each other: then the close's moves off the
 * last value's, to its own side. At the edge of the chart, where its side has no room, the close
 * takes the edge and the last value's label moves just inside it: the higher value always reads
 * above the lower, as the axis does.
 */
export function valueLabelCentres(
  last: number | null,
  close: number | null,
  scale: ValueScale,
  height: number,
): LabelCentres {
  const inside = (v: number | null): v is number =>
    v !== null && v >= scale.domain[0] && v <= scale.domain[1]
  const lastY = inside(last) ? yOf(last, scale, height) : null
  const closeY = inside(close) ? yOf(close, scale, height) : null
  if (lastY === null || closeY === null || Math.abs(closeY - lastY) >= labelHeight)
    return { last: lastY, close: closeY }
  const top = labelHeight / 2
  const bottom = height - plotInset.bottom
  const away = closeY < lastY ? -1 : 1
  const moved = lastY + away * labelHeight
  if (moved >= top && moved <= bottom) return { last: lastY, close: moved }
  const edge = away < 0 ? top : bottom
  return { last: edge - away * labelHeight, close: edge }
}

/**
 * The scale's ticks whose labels the value labels cover. Changes only when one is covered or
 * uncovered, not at each new last price: the axes are redrawn that rarely.
 */
export function coveredTicks(centres: LabelCentres, scale: ValueScale, height: number): number[] {
  const ys = [centres.last, centres.close].filter((y): y is number => y !== null)
  return scale.ticks.filter((tick) =>
    ys.some((y) => Math.abs(yOf(tick, scale, height) - y) < labelHeight),
  )
}
