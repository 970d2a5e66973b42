import { useId, useMemo, useState, type Ref } from 'react'
import { toneSchema } from '../../feed/schemas/quotes'
import { sessionLabel } from '../../feed/session-label'
import { useNow } from '../../hooks/clock-context'
import { zoneAbbreviation } from '../../lib/format-time'
import { wallClock, zonedTimeToUtc } from '../../lib/zoned-time'
import { writeInstant } from '../../hooks/url-values'
import { QuoteFilterChips, type FilterContext } from './quote-filter-chips'
import type { Density } from '../../hooks/url-params'

const writeNullableInstant = (ms: number | null) => (ms === null ? null : writeInstant(ms))

type Option = { value: string; label: string }

type QuoteFilterBarProps = FilterContext & {
  searchRef: Ref<HTMLInputElement>
  draft: string
  onDraftChange: (value: string) => void
  onChange: (
    key: 'side' | 'speaker' | 'tone' | 'from' | 'to' | 'sort',
    value: string | null,
  ) => void
  onTopic: (id: string | null) => void
  onSession: (id: string | null) => void
  /** Compact: the filters fold into a row of active-filter chips and a "Filters" button. */
  density?: Density
}

/** The datetime-local value of an instant in the zone: "2025-06-09T18:00". */
function toLocalInput(ms: number | null, zone: string): string {
  if (ms === null) return ''
  const { date, time } = wallClock(new Date(ms), zone)
  return `${date}T${time.slice(0, 5)}`
}

function fromLocalInput(value: string, zone: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value)
  if (!match?.[1] || !match[2]) return null
  try {
    return zonedTimeToUtc(match[1], match[2], zone).getTime()
  } catch {
    return null
  }
}

function Select({
  label,
  value,
  options,
  allLabel,
  onChange,
}: {
  label: string
  value: string | null
  options: Option[]
  allLabel: string
  onChange: (value: string | null) => void
}) {
  const id = useId()
  return (
    <div className="flex flex-col gap-0.5 text-xs text-muted">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="rounded border border-line bg-surface px-1 py-0.5 text-sm text-ink"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {value && !options.some((option) => option.value === value) && (
          <option value={value}>{value}</option>
        )}
      </select>
    </div>
  )
}

/** Search, filters and sort; every value lives in the URL (search after a short pause). */
export function QuoteFilterBar({
  searchRef,
  draft,
  onDraftChange,
  filters,
  sort,
  zone,
  parties,
  speakers,
  topics,
  sessions,
  rounds,
  onChange,
  onTopic,
  onSession,
  density = 'comfortable',
}: QuoteFilterBarProps) {
  const [open, setOpen] = useState(false)
  const folded = density === 'compact' && !open
  const fieldsId = useId()
  const now = useNow(60_000)
  const at = filters.from ?? now
  const zoneName = useMemo(() => zoneAbbreviation(at, zone), [at, zone])
  return (
    <div role="search" aria-label="Find quotes" className="mb-2 flex flex-col gap-2">
      <input
        ref={searchRef}
        type="search"
        aria-label="Search quotes"
        aria-keyshortcuts="/"
        placeholder="Search text, speaker, setting   ( / )"
        className="w-full rounded border border-line bg-surface px-2 py-1 text-sm text-ink"
        value={draft}
        onChange={(event) => onDraftChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft) {
            event.preventDefault()
            onDraftChange('')
          }
        }}
      />
      {density === 'compact' && (
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn"
            aria-expanded={open}
            aria-controls={fieldsId}
            onClick={() => setOpen((v) => !v)}
          >
            Filters <span aria-hidden="true">{open ? '▴' : '▾'}</span>
          </button>
          <QuoteFilterChips
            filters={filters}
            sort={sort}
            zone={zone}
            parties={parties}
            speakers={speakers}
            topics={topics}
            sessions={sessions}
            rounds={rounds}
            onRemove={(key) =>
              key === 'topic'
                ? onTopic(null)
                : key === 'session'
                  ? onSession(null)
                  : onChange(key, null)
            }
          />
        </div>
      )}
      <div id={fieldsId} hidden={folded} className="flex flex-wrap items-end gap-2">
        <Select
          label="Side"
          allLabel="All sides"
          value={filters.side}
          options={parties.map((p) => ({
            value: p.id,
            label: p.kind === 'observers' ? p.name : p.shortName,
          }))}
          onChange={(v) => onChange('side', v)}
        />
        <Select
          label="Speaker"
          allLabel="Everyone"
          value={filters.speaker}
          options={speakers.map((p) => ({ value: p.id, label: p.name }))}
          onChange={(v) => onChange('speaker', v)}
        />
        <Select
          label="Topic"
          allLabel="All topics"
          value={filters.topic}
          options={topics.map((t) => ({ value: t.id, label: t.label }))}
          onChange={onTopic}
        />
        <Select
          label="Tone"
          allLabel="Any tone"
          value={filters.tone}
          options={toneSchema.options.map((t) => ({ value: t, label: t }))}
          onChange={(v) => onChange('tone', v)}
        />
        <Select
          label="Session"
          allLabel="All sessions"
          value={filters.session}
          options={sessions.map((s) => ({ value: s.id, label: sessionLabel(s, rounds) }))}
          onChange={onSession}
        />
        <label className="flex flex-col gap-0.5 text-xs text-muted">
          From ({zoneName})
          <input
            type="datetime-local"
            aria-label="From"
            className="rounded border border-line bg-surface px-1 py-0.5 text-sm text-ink"
            value={toLocalInput(filters.from, zone)}
            onChange={(event) =>
              onChange('from', writeNullableInstant(fromLocalInput(event.target.value, zone)))
            }
          />
        </label>
        <label className="flex flex-col gap-0.5 text-xs text-muted">
          To ({zoneName})
          <input
            type="datetime-local"
            aria-label="To"
            className="rounded border border-line bg-surface px-1 py-0.5 text-sm text-ink"
            value={toLocalInput(filters.to, zone)}
            onChange={(event) =>
              onChange('to', writeNullableInstant(fromLocalInput(event.target.value, zone)))
            }
          />
        </label>
        <Select
          label="Sort"
          allLabel="Newest first"
          value={sort === 'oldest' ? 'oldest' : null}
          options={[{ value: 'oldest', label: 'Oldest first' }]}
          onChange={(v) => onChange('sort', v)}
        />
      </div>
    </div>
  )
}
