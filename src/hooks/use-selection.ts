import { useCallback, useMemo } from 'react'
import { linkWith, readParam, type UrlParamKey } from './url-params'
import { setUrlParams, useParamsOf, useSearchText } from './use-url-param'

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

export const selectionParams = [
  'session',
  'development',
  'quote',
  'topic',
  'person',
] as const satisfies readonly UrlParamKey[]

const eventKinds: SelectionKind[] = ['session', 'development', 'quote']
const eventParams = eventKinds satisfies readonly UrlParamKey[]

function eventUpdates(event: Selection['event']): Record<SelectionKind, string | null> {
  return {
    session: event?.kind === 'session' ? event.id : null,
    development: event?.kind === 'development' ? event.id : null,
    quote: event?.kind === 'quote' ? event.id : null,
  }
}

/** Reads the selection from a query string (pure; for tests and links). */
export function readSelection(search: URLSearchParams): Selection {
  const kind = eventKinds.find((k) => readParam(k, search)) ?? null
  return {
    event: kind ? { kind, id: readParam(kind, search) ?? '' } : null,
    topic: readParam('topic', search),
    person: readParam('person', search),
  }
}

/**
 * The selection and its setters. Renders again only when a selection parameter changes, not at every
 * change of the URL (a search typed, a zone picked); links that keep the rest of the URL come from
 * useSelectionHref.
 */
export function useSelection() {
  const own = useParamsOf(selectionParams)
  const selection = useMemo(() => readSelection(own), [own])
  const selectTopic = useCallback((topic: string | null) => setUrlParams({ topic }), [])
  const selectPerson = useCallback((person: string | null) => setUrlParams({ person }), [])
  const clear = useCallback(
    () =>
      setUrlParams({ session: null, development: null, quote: null, topic: null, person: null }),
    [],
  )
  const isSelected = (kind: SelectionKind, id: string) =>
    selection.event?.kind === kind && selection.event.id === id
  return { selection, selectEvent, selectTopic, selectPerson, clear, isSelected }
}

/** Selects an event (a session, development or quote), or none, in the URL. */
export function selectEvent(event: Selection['event']) {
  setUrlParams(eventUpdates(event))
}

/**
 * The selected event alone: renders again only when the event changes, not when a topic or person
 * is picked (the market panels mark the event and nothing else).
 */
export function useSelectedEvent(): Selection['event'] {
  const own = useParamsOf(eventParams)
  return useMemo(() => readSelection(own).event, [own])
}

/** An id a query string carries as it is (application/x-www-form-urlencoded leaves these alone). */
const plainId = /^[A-Za-z0-9*._-]+$/
const idMarker = 'selection.marker'

/**
 * Links that select an event and keep the rest of the query string, as linkWith makes them. The
 * query string is parsed once per kind, not once per link: a long timeline draws hundreds.
 */
export function selectionLinker(search: string) {
  const around = new Map<SelectionKind, string[] | null>()
  const aroundId = (kind: SelectionKind) => {
    if (!around.has(kind)) {
      const parts = linkWith(search, eventUpdates({ kind, id: idMarker })).split(idMarker)
      around.set(kind, parts.length === 2 ? parts : null)
    }
    return around.get(kind)
  }
  return (event: Selection['event'], hash = '') => {
    const parts = event && plainId.test(event.id) ? aroundId(event.kind) : null
    if (event && parts) return `${parts[0]}${event.id}${parts[1]}${hash}`
    return linkWith(search, eventUpdates(event), hash)
  }
}

/**
 * A relative link ("?quote=x&tz=...") that selects the event and keeps the rest of the URL. Renders
 * again at every change of the URL, so each link keeps up with it.
 */
export function useSelectionHref() {
  const searchText = useSearchText()
  return useMemo(() => selectionLinker(searchText), [searchText])
}
