import type { ReactNode } from 'react'
import type { ComparisonInput } from './comparison-lines'
import { groupName } from './instrument-groups'
import type { PickHandlers } from './line-pick'
import { LineSwatch } from './line-swatch'

/**
 * Why an instrument is not drawn: the note that says it (`describedBy`, its id) and its words.
 * `pending`: its series is still loading, and the choice holds once it is in.
 */
export type NotDrawn = { describedBy: string; words: string; pending: boolean }

/**
 * A checkbox per instrument, in its series colour: which lines the comparison chart draws. By group
 * where the feed groups its instruments. Each with a piece of its line, colour and dash: the key
 * that tells one line of many from the others, and the one forced colours leave (they repaint the
 * checkbox). Pointing at an entry or focusing it picks out its line (`pickHandlers`). One the chart
 * cannot draw (a yield, in basis points; a series that did not load) is cleared and disabled,
 * described by the note that says why: never a tick that draws nothing.
 */
export function ComparisonLegend({
  inputs,
  hidden,
  notDrawn,
  onChange,
  pickHandlers,
}: {
  inputs: readonly ComparisonInput[]
  hidden: ReadonlySet<string>
  notDrawn: ReadonlyMap<string, NotDrawn>
  onChange: (next: ReadonlySet<string>) => void
  pickHandlers: (id: string) => PickHandlers
}) {
  const toggle = (id: string) => {
    const next = new Set(hidden)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onChange(next)
  }
  const grouped = inputs.some((i) => i.instrument.group)
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
        <LegendEntry
          key={instrument.id}
          notDrawn={notDrawn.get(instrument.id)}
          colorVar={colorVar}
          checked={!hidden.has(instrument.id)}
          onToggle={() => toggle(instrument.id)}
          pick={pickHandlers(instrument.id)}
        >
          <LineSwatch color={colorVar} dash={dash} />
          {instrument.shortName}
        </LegendEntry>,
      ])}
    </fieldset>
  )
}

function LegendEntry({
  notDrawn,
  colorVar,
  checked,
  onToggle,
  pick,
  children,
}: {
  notDrawn: NotDrawn | undefined
  colorVar: string
  checked: boolean
  onToggle: () => void
  pick: PickHandlers
  children: ReactNode
}) {
  const off = notDrawn !== undefined && !notDrawn.pending
  return (
    <label
      className={`inline-flex items-center gap-1 ${off ? 'text-muted' : ''}`}
      title={notDrawn?.words}
      {...pick}
    >
      <input
        type="checkbox"
        style={{ accentColor: colorVar }}
        checked={checked && !off}
        disabled={off}
        aria-describedby={notDrawn?.describedBy}
        onChange={onToggle}
      />
      {children}
    </label>
  )
}
