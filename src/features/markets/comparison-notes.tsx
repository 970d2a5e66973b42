import type { MarketEvent } from './market-events'
import type { notOnTheChart } from './comparison-words'
import type { ComparisonInput } from './comparison-lines'

const names = (inputs: readonly ComparisonInput[]) =>
  inputs.map((input) => input.instrument.shortName).join(', ')

/** Under the comparison chart: each instrument its legend lists but the chart does not draw, and why. */
export function ComparisonNotes({
  notOn: { inBp, inUnit, missing, noBase, failed, loading },
  event,
}: {
  notOn: ReturnType<typeof notOnTheChart>
  event: MarketEvent | null
}) {
  const baseWords = event ? event.label : 'the start of the window'
  const notes = [
    [inBp, 'Not on this % chart (moves in basis points, see their own charts)'],
    [
      inUnit,
      'Not on this % chart (reach zero or below: moves in their own unit, see their own charts)',
    ],
    [missing, `Not on the chart (no price ${event ? `since ${baseWords} ` : ''}in this window)`],
    [noBase, `Not on the chart (no price before ${baseWords} to count from)`],
    [failed, 'Not on the chart (series could not be loaded)'],
    [loading, 'Not on the chart (series still loading)'],
  ] as const
  return notes.map(([inputs, words]) =>
    inputs.length > 0 ? (
      <p key={words} className="mt-1 text-[11px] text-muted">
        {words}: {names(inputs)}.
      </p>
    ) : null,
  )
}
