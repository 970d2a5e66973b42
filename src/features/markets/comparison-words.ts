import type { MarketEvent } from './market-events'
import { moveWords } from './format-market'
import type { ComparisonInput, Line } from './comparison-lines'
import { moveUnit } from '../../lib/move-unit'
import { formatDay } from '../../lib/format-time'

const DAY = 86_400_000

/**
 * A line's move; "(last price Thu 5 Jun)" when that price came more than a day before the latest
 * of the lines drawn (a series that stopped), whose move is then not at the end of the window.
 */
function moveAtEnd(line: Line, latest: number, zone: string, now: number | undefined) {
  const words = `${line.instrument.shortName} ${moveWords(line.last)}`
  return latest - line.lastAt > DAY
    ? `${words} (last price ${formatDay(line.lastAt, zone, now)})`
    : words
}

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
 * The comparison in words: each drawn line's move since the base at the end of the window (or at
 * its last price, days before the others', named in `zone`; `now` adds another year); a line with
 * no price after the one it counts from is said so, never "unchanged".
 */
export function comparisonSummary(
  inputs: readonly ComparisonInput[],
  lines: readonly Line[],
  visible: readonly Line[],
  event: MarketEvent | null,
  zone = 'UTC',
  now?: number,
): string {
  if (visible.length === 0) return emptySummary(inputs, lines.length > 0, event)
  const baseWords = event ? event.label : 'the start of the window'
  const moved = visible.filter((l) => l.moved)
  const unmoved = visible.filter((l) => !l.moved)
  // With an event, a line whose one price since is the one counted from has traded, but not moved.
  const namesOf = (lines: readonly Line[]) => lines.map((l) => l.instrument.shortName).join(', ')
  const firstOnly = event ? unmoved.filter((l) => l.lastAt > event.at) : []
  const none = unmoved.filter((l) => !firstOnly.includes(l))
  const stillWords = [
    none.length === 0
      ? ''
      : event
        ? `No price since ${baseWords} in this window: ${namesOf(none)}.`
        : `One price in this window, no move to tell: ${namesOf(none)}.`,
    firstOnly.length === 0
      ? ''
      : `One price since ${baseWords}, no move to tell: ${namesOf(firstOnly)}.`,
  ]
    .filter(Boolean)
    .join(' ')
  if (moved.length === 0) return stillWords
  const latest = Math.max(...moved.map((l) => l.lastAt))
  const moves = moved.map((l) => moveAtEnd(l, latest, zone, now)).join(', ')
  return `Since ${baseWords}: ${moves} (at the end of the window).${stillWords ? ` ${stillWords}` : ''}`
}

/**
 * The instruments not on the % chart, by why: yields (in bp), levels that reach zero (in their
 * unit), no price in the window, (daily closes from the event on) no close before it, a series
 * that could not be loaded or is still loading (never left to read as drawn).
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
  const anyIn = inputs.some((i) => i.series)
  const startsLater = (i: ComparisonInput) =>
    event !== null && (i.series?.points[0]?.t ?? -Infinity) >= event.at
  return {
    inBp,
    inUnit,
    missing: notDrawn.filter((i) => !startsLater(i)),
    noBase: notDrawn.filter(startsLater),
    // With no series in at all, the summary says so for every one.
    failed: anyIn ? inputs.filter((i) => !i.series && i.failed) : [],
    loading: anyIn ? inputs.filter((i) => !i.series && !i.failed) : [],
  }
}

export type NotOnTheChart = ReturnType<typeof notOnTheChart>
export type NotOnKey = keyof NotOnTheChart
const notOnKeys: readonly NotOnKey[] = ['inBp', 'inUnit', 'missing', 'noBase', 'failed', 'loading']

/** Why each group of notOnTheChart is not drawn, as the note under the chart says it. */
export function notOnTheChartWords(event: MarketEvent | null): [NotOnKey, string][] {
  const baseWords = event ? event.label : 'the start of the window'
  return [
    ['inBp', 'Not on this % chart (moves in basis points, see their own charts)'],
    [
      'inUnit',
      'Not on this % chart (reach zero or below: moves in their own unit, see their own charts)',
    ],
    ['missing', `Not on the chart (no price ${event ? `since ${baseWords} ` : ''}in this window)`],
    ['noBase', `Not on the chart (no price before ${baseWords} to count from)`],
    ['failed', 'Not on the chart (series could not be loaded)'],
    ['loading', 'Not on the chart (series still loading)'],
  ]
}

/**
 * Each instrument the legend lists but the chart does not draw, and why: the key of its note under
 * the chart; `inSummary` where no series is in at all, and the summary says it for every one.
 */
export function whyNotDrawn(
  inputs: readonly ComparisonInput[],
  notOn: NotOnTheChart,
): ReadonlyMap<string, { key: NotOnKey; inSummary: boolean }> {
  const why = new Map<string, { key: NotOnKey; inSummary: boolean }>()
  for (const key of notOnKeys)
    for (const input of notOn[key]) why.set(input.instrument.id, { key, inSummary: false })
  for (const input of inputs)
    if (!input.series && !why.has(input.instrument.id))
      why.set(input.instrument.id, { key: input.failed ? 'failed' : 'loading', inSummary: true })
  return why
}
