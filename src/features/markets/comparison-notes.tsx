import type { MarketEvent } from './market-events'
import { notOnTheChartWords, type NotOnKey, type NotOnTheChart } from './comparison-words'
import type { ComparisonInput } from './comparison-lines'
import { CutWords } from './cut-words'
import { withWholeName } from './whole-name'

const names = (inputs: readonly ComparisonInput[]) =>
  inputs.map((input) => input.instrument.shortName).join(', ')

/** The id of the note on why instruments are not drawn: their checkboxes are described by it. */
export const notOnNoteId = (idPrefix: string, key: NotOnKey) => `${idPrefix}-${key}`

/**
 * Under the comparison chart: each instrument its legend lists but the chart does not draw, and why.
 * An event's name cut with "…" is whole in the note's tooltip and for screen readers.
 */
export function ComparisonNotes({
  notOn,
  event,
  idPrefix,
}: {
  notOn: NotOnTheChart
  event: MarketEvent | null
  idPrefix: string
}) {
  const whole = new Map(notOnTheChartWords(withWholeName(event)))
  return notOnTheChartWords(event).map(([key, words]) => {
    if (notOn[key].length === 0) return null
    const shown = `${words}: ${names(notOn[key])}.`
    const wholeWords = `${whole.get(key) ?? words}: ${names(notOn[key])}.`
    return (
      <p
        key={key}
        id={notOnNoteId(idPrefix, key)}
        className="mt-1 text-[11px] text-muted"
        title={wholeWords !== shown ? wholeWords : undefined}
      >
        <CutWords shown={shown} whole={wholeWords} />
      </p>
    )
  })
}
