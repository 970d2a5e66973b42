import { formatDateTime } from '../../lib/format-time'
import type { MarketEvent } from './market-events'

const kindGroups = [
  ['session', 'Sessions'],
  ['development', 'Developments'],
  ['quote', 'Quotes'],
] as const

export const eventKey = (e: { kind: string; id: string } | null) => (e ? `${e.kind}:${e.id}` : null)

/** The event every panel is rebased to (0% at that moment), by kind. */
export function RebaseSelect({ events, selectedKey, zone, onSelect }: { events: readonly MarketEvent[]; selectedKey: string | null; zone: string; onSelect: (event: MarketEvent | null) => void }) {
  return (
    <label className="flex flex-col">
      <span className="text-muted">Rebase to</span>
      <select className="btn max-w-[16rem]" value={selectedKey ?? ''} onChange={(e) => onSelect(events.find((ev) => eventKey(ev) === e.target.value) ?? null)}>
        <option value="">No event (show levels)</option>
        {kindGroups.map(([kind, label]) => (
          <optgroup key={kind} label={label}>
            {events
              .filter((e) => e.kind === kind)
              .map((e) => (
                <option key={e.id} value={eventKey(e) ?? ''}>
                  {formatDateTime(e.at, zone, e.precision)} · {e.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
