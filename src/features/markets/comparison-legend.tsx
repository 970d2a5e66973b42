import type { ComparisonInput } from './comparison-lines'
import { groupName } from './instrument-groups'
import { LineSwatch } from './line-swatch'

/**
 * A checkbox per instrument, in its series colour: which lines the comparison chart draws. By group
 * where the feed groups its instruments. Past six lines, where dashes tell the colours apart, each
 * with a piece of its line.
 */
export function ComparisonLegend({
  inputs,
  hidden,
  onChange,
}: {
  inputs: readonly ComparisonInput[]
  hidden: ReadonlySet<string>
  onChange: (next: ReadonlySet<string>) => void
}) {
  const toggle = (id: string) => {
    const next = new Set(hidden)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onChange(next)
  }
  const grouped = inputs.some((i) => i.instrument.group)
  const dashed = inputs.some((i) => i.dash)
  return (
    <fieldset className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
      <legend className="sr-only">Instruments shown on the comparison chart</legend>
      {inputs.map(({ instrument, colorVar, dash }, i) => [
        grouped && (i === 0 || groupName(instrument) !== groupName(inputs[i - 1]!.instrument)) && (
          <span
            key={`group:${groupName(instrument)}`}
            className="inline-flex min-h-6 items-center font-semibold text-muted"
            aria-hidden="true"
          >
            {groupName(instrument)}:
          </span>
        ),
        <label key={instrument.id} className="inline-flex items-center gap-1">
          <input
            type="checkbox"
            style={{ accentColor: colorVar }}
            checked={!hidden.has(instrument.id)}
            onChange={() => toggle(instrument.id)}
          />
          {dashed && <LineSwatch color={colorVar} dash={dash} />}
          {instrument.shortName}
        </label>,
      ])}
    </fieldset>
  )
}
