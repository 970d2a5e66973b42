import { useRef, useState, type KeyboardEvent } from 'react'
import type { SelectionKind } from '../../hooks/use-selection'
import { useThisYear } from '../../hooks/clock-context'
import { formatDateTime } from '../../lib/format-time'
import type { MarketEvent } from './market-events'
import { plotInset } from './market-chart'
import type { Span } from './series-view'

import { railGroups, type RailGroup } from './rail-groups'
import { countOf, formatCount } from '../../lib/format-count'

const kindMark: Record<SelectionKind, string> = { session: '■', development: '◆', quote: '●' }

/** Names listed in a marker's label; a cluster of thousands says how many more. */
const namesInLabel = 5

/** An event's time, with its year when that is not the page's. */
type FormatWhen = (t: number, precision: MarketEvent['precision'] | undefined) => string

function groupLabel(group: RailGroup, when: FormatWhen): string {
  const more = group.events.length - namesInLabel
  const names = `${group.events
    .slice(0, namesInLabel)
    .map((e) => e.wholeLabel ?? e.label)
    .join('; ')}${more > 0 ? `; and ${formatCount(more)} more` : ''}`
  if (group.edge) return `${countOf(group.events.length, 'event')} ${group.note}: ${names}`
  const last = group.events.at(-1)
  const span =
    last && last.at !== group.t
      ? `${when(group.t, group.events[0]?.precision)} to ${when(last.at, last.precision)}`
      : when(group.t, group.events[0]?.precision)
  return `${span}: ${names}${group.note ? ` (${group.note})` : ''}`
}

/**
 * The developments, quotes and sessions in the window, as markers lined up with the chart above.
 * Hovering or focusing one says what it was; Enter selects it (and rebases the panels to it).
 * One tab stop per rail; the arrow keys move between markers.
 */
export function EventRail({
  label,
  events,
  domain,
  zone,
  selectedKey,
  onSelect,
  data = null,
}: {
  label: string
  events: readonly MarketEvent[]
  domain: Span
  /** The first and last price of the series, for the words on events outside them. */
  data?: Span | null
  zone: string
  selectedKey: string | null
  onSelect: (event: MarketEvent) => void
}) {
  const groups = railGroups(events, domain, data)
  const [focus, setFocus] = useState(0)
  const [open, setOpen] = useState<number | null>(null)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const thisYear = useThisYear(zone)
  if (groups.length === 0) return <div className="h-4" aria-hidden="true" />

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) {
      if (e.key === 'Escape') setOpen(null)
      return
    }
    e.preventDefault()
    const next = (focus + step + groups.length) % groups.length
    setFocus(next)
    setOpen(next)
    buttons.current[next]?.focus()
  }
  const current = open === null ? null : groups[open]
  const when: FormatWhen = (t, precision) => formatDateTime(t, zone, precision, thisYear)
  // The key split once, not an id string built per event (a group can gather thousands).
  const kindEnd = selectedKey?.indexOf(':') ?? -1
  const selectedKind = kindEnd >= 0 ? selectedKey?.slice(0, kindEnd) : null
  const selectedId = kindEnd >= 0 ? selectedKey?.slice(kindEnd + 1) : null
  const isSelected = (e: MarketEvent) => e.id === selectedId && e.kind === selectedKind
  // A marker that gathers events at several times lists each one's time.
  const timed =
    current !== null &&
    current !== undefined &&
    (current.edge !== null || current.events.some((e) => e.at !== current.t))

  return (
    <div
      role="toolbar"
      aria-label={`Events on the ${label} chart`}
      className="relative h-4"
      style={{ marginLeft: plotInset.left, marginRight: plotInset.right }}
      onKeyDown={onKeyDown}
      onMouseLeave={() => setOpen(null)}
    >
      {groups.map((group, i) => {
        const selected = group.events.some(isSelected)
        return (
          <button
            key={group.t}
            ref={(el) => {
              buttons.current[i] = el
            }}
            type="button"
            tabIndex={i === Math.min(focus, groups.length - 1) ? 0 : -1}
            aria-label={groupLabel(group, when)}
            aria-pressed={selected}
            className={`absolute top-0 px-0.5 text-[10px] leading-4 whitespace-nowrap ${group.edge === 'after' ? '-translate-x-full' : group.edge === 'before' ? '' : '-translate-x-1/2'} ${selected ? 'text-accent' : 'text-muted'} hover:text-ink`}
            style={{ left: `${group.x * 100}%` }}
            onMouseEnter={() => setOpen(i)}
            onFocus={() => {
              setFocus(i)
              setOpen(i)
            }}
            onBlur={() => setOpen(null)}
            onClick={() => group.events[0] && onSelect(group.events[0])}
          >
            {group.edge === 'before' && `◂${formatCount(group.events.length)} `}
            {kindMark[group.events[0]?.kind ?? 'quote']}
            {group.edge === 'after' && ` ${formatCount(group.events.length)}▸`}
          </button>
        )
      })}
      {current && (
        <div
          role="tooltip"
          className="pointer-events-none absolute top-4 z-10 w-64 max-w-[80vw] rounded border border-line bg-surface p-2 text-xs shadow-lg"
          style={{
            left: `clamp(0px, calc(${current.x * 100}% - 8rem), calc(100% - 16rem))`,
          }}
        >
          <p className="text-muted">
            {current.edge
              ? `${formatCount(current.events.length)} ${current.note}`
              : timed
                ? `${formatCount(current.events.length)} events from ${when(current.t, current.events[0]?.precision)}`
                : when(current.t, current.events[0]?.precision)}
            {!current.edge && current.note ? `, ${current.note}` : ''}
          </p>
          <ul className="mt-1 space-y-1">
            {current.events.slice(0, 5).map((event) => (
              <li key={`${event.kind}:${event.id}`}>
                {timed ? `${when(event.at, event.precision)}: ` : ''}
                {event.detail}
              </li>
            ))}
            {current.events.length > 5 && (
              <li className="text-muted">and {current.events.length - 5} more</li>
            )}
          </ul>
        </div>
      )}
    </div>
  )
}
