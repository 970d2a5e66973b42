import { memo, useMemo } from 'react'
import { useThisYear } from '../../hooks/clock-context'
import { formatDateTime } from '../../lib/format-time'
import { latestWithSelected } from '../../lib/latest-with-selected'
import type { MarketEvent } from './market-events'
import { formatCount } from '../../lib/format-count'

const kindGroups = [
  ['session', 'Sessions'],
  ['development', 'Developments'],
  ['quote', 'Quotes'],
] as const

export const eventKey = (e: { kind: string; id: string } | null) => (e ? `${e.kind}:${e.id}` : null)

/**
 * Options listed per kind: the latest ones (and the selected one). A long feed's 20,000 quotes as
 * options were 25,000 DOM nodes and a select no one can scroll; older events are chosen on the
 * timeline or a chart's event rail, which rebase the panels just the same.
 */
export const rebaseOptionCap = 8

/** The events offered for one kind: the latest `cap` in time order, plus the selected one. */
export function rebaseOptions(
  events: readonly MarketEvent[],
  kind: string,
  selectedKey: string | null,
  cap = rebaseOptionCap,
): { shown: MarketEvent[]; total: number } {
  const all = events.filter((e) => e.kind === kind)
  return {
    shown: latestWithSelected(all, cap, (e) => eventKey(e) === selectedKey),
    total: all.length,
  }
}

/**
 * The event every panel is rebased to (0% at that moment), by kind. Memoised: a long feed's 25,000
 * events are sorted into options only when they or the selection change, not on every render of
 * the markets panel (a topic chosen on the timeline re-renders it).
 */
export const RebaseSelect = memo(function RebaseSelect({
  events,
  selectedKey,
  zone,
  onSelect,
}: {
  events: readonly MarketEvent[]
  selectedKey: string | null
  zone: string
  onSelect: (event: MarketEvent | null) => void
}) {
  const thisYear = useThisYear(zone)
  const groups = useMemo(
    () =>
      kindGroups.map(([kind, label]) => ({
        kind,
        label,
        ...rebaseOptions(events, kind, selectedKey),
      })),
    [events, selectedKey],
  )
  // The box is narrower than most names: the chosen one is whole in its tooltip.
  const selected = groups.flatMap((g) => g.shown).find((e) => eventKey(e) === selectedKey)
  return (
    <label className="flex flex-col">
      <span className="text-muted">Rebase to</span>
      <select
        className="btn max-w-[12rem]"
        title={selected && eventWords(selected, zone, thisYear).whole}
        value={selectedKey ?? ''}
        onChange={(e) => onSelect(events.find((ev) => eventKey(ev) === e.target.value) ?? null)}
      >
        <option value="">No event (show levels)</option>
        {groups.map(({ kind, label, shown, total }) => {
          return (
            <optgroup
              key={kind}
              label={
                shown.length < total
                  ? `${label}: the latest ${shown.length} of ${formatCount(total)} (others: choose on the timeline or a chart)`
                  : label
              }
            >
              {shown.map((e) => (
                <EventOption key={e.id} event={e} zone={zone} thisYear={thisYear} />
              ))}
            </optgroup>
          )
        })}
      </select>
    </label>
  )
})

/**
 * An event to rebase to: its time and name. A name cut with "…" is whole in the option's tooltip
 * and its accessible name (what screen readers read), shown cut as before.
 */
function EventOption({
  event,
  zone,
  thisYear,
}: {
  event: MarketEvent
  zone: string
  thisYear: number
}) {
  const { shown, whole } = eventWords(event, zone, thisYear)
  const cut = whole !== shown ? whole : undefined
  return (
    <option value={eventKey(event) ?? ''} title={cut} aria-label={cut}>
      {shown}
    </option>
  )
}

function eventWords(event: MarketEvent, zone: string, thisYear: number) {
  const when = formatDateTime(event.at, zone, event.precision, thisYear)
  return {
    shown: `${when} · ${event.label}`,
    whole: `${when} · ${event.wholeLabel ?? event.label}`,
  }
}
