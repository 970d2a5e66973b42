import type { MarketEvent } from './market-events'
import { notOnTheChartWords, type NotOnKey, type NotOnTheChart } from './comparison-words'
import type { ComparisonInput } from './comparison-lines'

const names = (inputs: readonly ComparisonInput[]) =>
  inputs.map((input) => input.instrument.shortName).join(', ')

/** The id of the note on why instruments are not drawn: their checkboxes are described by it. */
export const notOnNoteId = (idPrefix: string, key: NotOnKey) => `${idPrefix}-${key}`

/** Under the comparison chart: each instrument its legend lists but the chart does not draw, and why. */
export function ComparisonNotes({
  notOn,
  event,
  idPrefix,
}: {
  notOn: NotOnTheChart
  event: MarketEvent | null
  idPrefix: string
}) {
  return notOnTheChartWords(event).map(([key, words]) =>
    notOn[key].length > 0 ? (
      <p key={key} id={notOnNoteId(idPrefix, key)} className="mt-1 text-[11px] text-muted">
        {words}: {names(notOn[key])}.
      </p>
    ) : null,
  )
}
