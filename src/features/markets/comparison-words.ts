import type { MarketEvent } from './market-events'
import { moveWords } from './format-market'
import type { ComparisonInput, Line } from './comparison-lines'
import { moveUnit } from '../../lib/move-unit'

/** Why there is no move to tell: never "has not traded" from series that are not in. */
function emptySummary(
  inputs: readonly ComparisonInput[],
  allHidden: boolean,
  event: MarketEvent | null,
): string {
  if (allHidden) return 'Every instrument is hidden: choose one in the legend.'
  if (inputs.some((input) => input.series))
    return event
      ? `No instrument has traded since ${event.label} in this window.`
      : 'No instrument has traded in this window.'
  if (inputs.length > 0 && inputs.every((input) => input.failed))
    return 'No prices to compare: the series could not be loaded.'
  return 'Prices loading…'
}

/**
 * The comparison in words: each drawn line's move since the base at the end of the window; a line
 * with no price after the one it counts from is said so, never "unchanged".
 */
export function comparisonSummary(
  inputs: readonly ComparisonInput[],
  lines: readonly Line[],
  visible: readonly Line[],
  event: MarketEvent | null,
): string {
  if (visible.length === 0) return emptySummary(inputs, lines.length > 0, event)
  const baseWords = event ? event.label : 'the start of the window'
  const moved = visible.filter((l) => l.moved)
  const still = visible.filter((l) => !l.moved).map((l) => l.instrument.shortName)
  const stillWords =
    still.length === 0
      ? ''
      : event
        ? `No price since ${baseWords} in this window: ${still.join(', ')}.`
        : `One price in this window, no move to tell: ${still.join(', ')}.`
  if (moved.length === 0) return stillWords
  const moves = moved.map((l) => `${l.instrument.shortName} ${moveWords(l.last)}`).join(', ')
  return `Since ${baseWords}: ${moves} (at the end of the window).${stillWords ? ` ${stillWords}` : ''}`
}

/**
 * The instruments not on the % chart, by why: yields (in bp), levels that reach zero (in their
 * unit), no price in the window, or (daily closes from the event on) no close before it.
 */
export function notOnTheChart(
  inputs: readonly ComparisonInput[],
  lines: readonly Line[],
  event: MarketEvent | null,
) {
  const inBp = inputs.filter((i) => i.series && moveUnit(i.instrument, i.series) === 'bp')
  const inUnit = inputs.filter((i) => i.series && moveUnit(i.instrument, i.series) === 'level')
  const notDrawn = inputs.filter(
    (i) =>
      i.series &&
      !inBp.includes(i) &&
      !inUnit.includes(i) &&
      !lines.some((l) => l.instrument.id === i.instrument.id),
  )
  const startsLater = (i: ComparisonInput) =>
    event !== null && (i.series?.points[0]?.t ?? -Infinity) >= event.at
  return {
    inBp,
    inUnit,
    missing: notDrawn.filter((i) => !startsLater(i)),
    noBase: notDrawn.filter(startsLater),
  }
}
