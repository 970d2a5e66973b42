import { useCallback } from 'react'
import { setSearchParams, useSearch } from './use-search-param'

export type SelectionKind = 'session' | 'development' | 'quote'

/**
 * The page-wide selection, kept in the URL (?session=, ?development=, ?quote=, ?topic=, ?person=):
 * the timeline sets it, the quote wall filters by it, the market panels mark it.
 * At most one of session / development / quote is selected; topic and person combine with it.
 */
export type Selection = {
  event: { kind: SelectionKind; id: string } | null
  topic: string | null
  person: string | null
}

export const selectionParams = ['session', 'development', 'quote', 'topic', 'person'] as const

const eventKinds: SelectionKind[] = ['session', 'development', 'quote']

function eventUpdates(event: Selection['event']): Record<SelectionKind, string | null> {
  return {
    session: event?.kind === 'session' ? event.id : null,
    development: event?.kind === 'development' ? event.id : null,
    quote: event?.kind === 'quote' ? event.id : null,
  }
}

/** Reads the selection from a query string (pure; for tests and links). */
export function readSelection(search: URLSearchParams): Selection {
  const kind = eventKinds.find((k) => search.get(k)) ?? null
  return {
    event: kind ? { kind, id: search.get(kind) ?? '' } : null,
    topic: search.get('topic') || null,
    person: search.get('person') || null,
  }
}

export function useSelection() {
  const search = useSearch()
  const selection = readSelection(search)
  const searchText = search.toString()
  const selectEvent = useCallback((event: Selection['event']) => {
    setSearchParams(eventUpdates(event))
  }, [])
  const selectTopic = useCallback((topic: string | null) => setSearchParams({ topic }), [])
  const selectPerson = useCallback((person: string | null) => setSearchParams({ person }), [])
  const clear = useCallback(
    () => setSearchParams({ session: null, development: null, quote: null, topic: null, person: null }),
    [],
  )
  /** A relative link ("?quote=x&tz=...") that selects the event and keeps the rest of the URL. */
  const hrefFor = useCallback(
    (event: Selection['event'], hash = '') => {
      const next = new URLSearchParams(searchText)
      for (const [key, value] of Object.entries(eventUpdates(event))) {
        if (value === null) next.delete(key)
        else next.set(key, value)
      }
      return `?${next.toString()}${hash}`
    },
    [searchText],
  )
  const isSelected = (kind: SelectionKind, id: string) =>
    selection.event?.kind === kind && selection.event.id === id
  return { selection, selectEvent, selectTopic, selectPerson, clear, hrefFor, isSelected }
}
