import { useId, useMemo, useRef, type Ref } from 'react'
import { toneSchema } from '../../feed/schemas/quotes'
import { roundOptions, sessionOptions } from './session-options'
import { useNow } from '../../hooks/clock-context'
import { FilterSelect } from './filter-select'
import { TimeBoundInput } from './time-bound-input'
import { QuoteFilterChips, type FilterContext } from './quote-filter-chips'
import { sideOptions, speakerOptions } from './speaker-options'
import type { Density } from '../../hooks/url-params'
import { useElementWidth } from '../../hooks/use-element-width'
import { QuoteSearchInput } from './quote-search-input'
import { useStoredJson, writeStoredJson } from '../../lib/stored-json'

type QuoteFilterBarProps = FilterContext & {
  searchRef: Ref<HTMLInputElement>
  draft: string
  onDraftChange: (value: string) => void
  onChange: (
    key: 'side' | 'speaker' | 'tone' | 'from' | 'to' | 'sort',
    value: string | null,
  ) => void
  /** `dropSpeaker`: the speaker filtered on is of another side. */
  onSide: (id: string | null, dropSpeaker: boolean) => void
  onTopic: (id: string | null) => void
  onSession: (id: string | null) => void
  /** `dropSession`: the selected session is of another round. */
  onRound: (id: string | null, dropSession: boolean) => void
  /** Compact: the filters fold into a row of active-filter chips and a "Filters" button. */
  density?: Density
}

/**
 * Below this width the fields take four rows or more, most of a desk's quote wall: they fold as in
 * compact density, and the quotes start near the top.
 */
const unfoldedMinWidth = 640

const openKey = 'ttm.quote-filters-open'
const isTrue = (stored: unknown) => stored === true

/**
 * Search, filters and sort; every value lives in the URL (search after a short pause). Folded, the
 * filters in force show as chips; whether the viewer keeps them open is remembered.
 */
export function QuoteFilterBar({
  searchRef,
  draft,
  onDraftChange,
  onChange,
  onSide,
  onTopic,
  onSession,
  onRound,
  density = 'comfortable',
  ...context
}: QuoteFilterBarProps) {
  const { filters, sort, zone, parties, speakers, topics, sessions, rounds } = context
  const roundChoice = useMemo(() => roundOptions(rounds, sessions), [rounds, sessions])
  // A side chosen narrows the speakers offered to its own.
  const speakerChoice = useMemo(
    () => speakerOptions(speakers, parties, filters.side, filters.speaker),
    [speakers, parties, filters.side, filters.speaker],
  )
  // A round chosen narrows the sessions offered to its own.
  const sessionChoice = useMemo(
    () =>
      sessionOptions(sessions, filters.session, rounds, {
        round: filters.round,
        roundFirst: roundChoice.length > 1 && !filters.round,
      }),
    [sessions, filters.round, filters.session, rounds, roundChoice],
  )
  const chooseSide = (id: string | null) => {
    const selected = speakers.find((p) => p.id === filters.speaker)
    onSide(id, id !== null && selected !== undefined && selected.partyId !== id)
  }
  const chooseRound = (id: string | null) => {
    const selected = sessions.find((s) => s.id === filters.session)
    onRound(id, id !== null && selected !== undefined && selected.roundId !== id)
  }
  const [bar, , width, measured] = useElementWidth<HTMLDivElement>(0)
  const foldable = density === 'compact' || (measured && width < unfoldedMinWidth)
  const open = useStoredJson(openKey, isTrue)
  const folded = foldable && !open
  const fieldsId = useId()
  const filtersButton = useRef<HTMLButtonElement>(null)
  const now = useNow(60_000)
  return (
    <div ref={bar} role="search" aria-label="Find quotes" className="mb-2 flex flex-col gap-2">
      <QuoteSearchInput
        inputRef={searchRef}
        draft={draft}
        onDraftChange={onDraftChange}
        narrow={measured && width < 320}
      />
      {foldable && (
        <div className="flex flex-wrap items-center gap-2">
          <button
            ref={filtersButton}
            type="button"
            className="btn"
            aria-expanded={open}
            aria-controls={fieldsId}
            onClick={() => writeStoredJson(openKey, !open)}
          >
            Filters <span aria-hidden="true">{open ? '▴' : '▾'}</span>
          </button>
          <QuoteFilterChips
            {...context}
            focusWhenNone={filtersButton}
            onRemove={(key) =>
              key === 'topic'
                ? onTopic(null)
                : key === 'session'
                  ? onSession(null)
                  : key === 'round'
                    ? onRound(null, false)
                    : onChange(key, null)
            }
          />
        </div>
      )}
      {/* Folded, the fields are not drawn at all: a desk's page stays within its DOM budget. */}
      <div id={fieldsId} hidden={folded} className="flex flex-wrap items-end gap-2">
        {!folded && (
          <>
            <FilterSelect
              label="Side"
              allLabel="All sides"
              value={filters.side}
              options={sideOptions(parties)}
              onChange={chooseSide}
            />
            <FilterSelect
              label="Speaker"
              allLabel="Everyone"
              value={filters.speaker}
              {...speakerChoice}
              onChange={(v) => onChange('speaker', v)}
            />
            <FilterSelect
              label="Topic"
              allLabel="All topics"
              value={filters.topic}
              options={topics.map((t) => ({ value: t.id, label: t.label }))}
              onChange={onTopic}
            />
            <FilterSelect
              label="Tone"
              allLabel="Any tone"
              value={filters.tone}
              options={toneSchema.options.map((t) => ({ value: t, label: t }))}
              onChange={(v) => onChange('tone', v)}
            />
            {(roundChoice.length > 1 || filters.round) && (
              <FilterSelect
                label="Round"
                allLabel="All rounds"
                value={filters.round}
                options={roundChoice}
                onChange={chooseRound}
              />
            )}
            <FilterSelect
              label="Session"
              allLabel="All sessions"
              value={filters.session}
              {...sessionChoice}
              onChange={onSession}
            />
            <TimeBoundInput
              label="From"
              zone={zone}
              now={now}
              value={filters.from}
              onChange={(v) => onChange('from', v)}
            />
            <TimeBoundInput
              label="To"
              zone={zone}
              now={now}
              value={filters.to}
              onChange={(v) => onChange('to', v)}
            />
            <FilterSelect
              label="Sort"
              allLabel="Newest first"
              value={sort === 'oldest' ? 'oldest' : null}
              options={[{ value: 'oldest', label: 'Oldest first' }]}
              onChange={(v) => onChange('sort', v)}
            />
          </>
        )}
      </div>
    </div>
  )
}
