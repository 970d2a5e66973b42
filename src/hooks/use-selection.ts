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

const eventKinds: SelectionKind[] = ['session', 'development', 'quote']

export function useSelection() {
  const search = useSearch()
  const kind = eventKinds.find((k) => search.has(k)) ?? null
  const selection: Selection = {
    event: kind ? { kind, id: search.get(kind) ?? '' } : null,
    topic: search.get('topic'),
    person: search.get('person'),
  }
  const selectEvent = useCallback((event: Selection['event']) => {
    setSearchParams({
      session: event?.kind === 'session' ? event.id : null,
      development: event?.kind === 'development' ? event.id : null,
      quote: event?.kind === 'quote' ? event.id : null,
    })
  }, [])
  const selectTopic = useCallback((topic: string | null) => setSearchParams({ topic }), [])
  const selectPerson = useCallback((person: string | null) => setSearchParams({ person }), [])
  const clear = useCallback(
    () => setSearchParams({ session: null, development: null, quote: null, topic: null, person: null }),
    [],
  )
  return { selection, selectEvent, selectTopic, selectPerson, clear }
}
