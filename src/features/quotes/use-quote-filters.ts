import { useCallback } from 'react'
import { toneSchema } from '../../feed/schemas/quotes'
import type { Tone } from '../../feed/schemas/types'
import { setSearchParams, useSearch } from '../../hooks/use-search-param'
import { useSelection } from '../../hooks/use-selection'
import type { QuoteFilters, SortOrder } from './quote-rows'

/**
 * The wall's own URL parameters. Topic and session are the page-wide selection (?topic=,
 * ?session=), shared with the timeline, so choosing one here marks it there and vice versa.
 */
export const quoteParams = {
  query: 'q',
  side: 'side',
  speaker: 'speaker',
  tone: 'tone',
  from: 'from',
  to: 'to',
  sort: 'sort',
} as const

function parseTone(value: string | null): Tone | null {
  const parsed = toneSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

function parseInstant(value: string | null): number | null {
  if (!value) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/** "2025-06-09T17:00Z": short, unambiguous, the same for every viewer whatever their zone. */
export function instantParam(ms: number | null): string | null {
  if (ms === null) return null
  const iso = new Date(ms).toISOString()
  return iso.endsWith(':00.000Z') ? `${iso.slice(0, 16)}Z` : iso
}

export function useQuoteFilters() {
  const search = useSearch()
  const { selection, selectEvent, selectTopic } = useSelection()
  const sort: SortOrder = search.get(quoteParams.sort) === 'oldest' ? 'oldest' : 'newest'
  const filters: Omit<QuoteFilters, 'query'> = {
    side: search.get(quoteParams.side) || null,
    speaker: search.get(quoteParams.speaker) || selection.person || null,
    tone: parseTone(search.get(quoteParams.tone)),
    topic: selection.topic || null,
    session: selection.event?.kind === 'session' ? selection.event.id || null : null,
    from: parseInstant(search.get(quoteParams.from)),
    to: parseInstant(search.get(quoteParams.to)),
  }
  const focusQuoteId = selection.event?.kind === 'quote' ? selection.event.id : null

  const setParam = useCallback(
    (key: Exclude<keyof typeof quoteParams, 'query'>, value: string | null) =>
      // A speaker chosen here replaces a person selected elsewhere on the page.
      setSearchParams(key === 'speaker' ? { [quoteParams.speaker]: value, person: null } : { [quoteParams[key]]: value }),
    [],
  )
  const setSession = useCallback(
    (id: string | null) => selectEvent(id ? { kind: 'session', id } : null),
    [selectEvent],
  )
  const clearAll = useCallback(() => {
    setSearchParams({
      [quoteParams.query]: null,
      [quoteParams.side]: null,
      [quoteParams.speaker]: null,
      [quoteParams.tone]: null,
      [quoteParams.from]: null,
      [quoteParams.to]: null,
      topic: null,
      session: null,
      person: null,
    })
  }, [])
  return {
    filters,
    sort,
    focusQuoteId,
    personFromSelection: selection.person,
    setParam,
    setTopic: selectTopic,
    setSession,
    clearAll,
  }
}
