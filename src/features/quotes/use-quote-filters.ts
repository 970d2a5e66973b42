import { useCallback } from 'react'
import {
  quoteWallParams,
  readParam,
  urlParams,
  type QuoteWallParam,
  type UrlUpdates,
} from '../../hooks/url-params'
import { setUrlParams, useParamsOf } from '../../hooks/use-url-param'
import { useSelection } from '../../hooks/use-selection'
import type { QuoteFilters, SortOrder } from './quote-rows'

type FilterKey = Exclude<QuoteWallParam, 'q'>

/** The wall's filters as the URL has them (with the page-wide topic and session), and their setters. */
export function useQuoteFilters() {
  const search = useParamsOf(quoteWallParams)
  const { selection, selectEvent, selectTopic } = useSelection()
  const sort: SortOrder = readParam('sort', search) ?? 'newest'
  const filters: Omit<QuoteFilters, 'query'> = {
    side: readParam('side', search),
    speaker: readParam('speaker', search) ?? selection.person ?? null,
    tone: readParam('tone', search),
    topic: selection.topic || null,
    round: readParam('round', search),
    session: selection.event?.kind === 'session' ? selection.event.id || null : null,
    from: readParam('from', search),
    to: readParam('to', search),
  }
  const focusQuoteId = selection.event?.kind === 'quote' ? selection.event.id : null

  /** A filter's new value as the controls give it (text, or null for all). */
  const setParam = useCallback((key: FilterKey, raw: string | null) => {
    const value = raw === null ? null : urlParams[key].read(raw)
    // A speaker chosen here replaces a person selected elsewhere on the page.
    setUrlParams(
      key === 'speaker'
        ? { speaker: value as string | null, person: null }
        : ({ [key]: value } as UrlUpdates),
    )
  }, [])
  /** A side chosen here; `dropSpeaker`: the speaker filtered on is of another side, and goes. */
  const setSide = useCallback(
    (id: string | null, dropSpeaker: boolean) =>
      setUrlParams(dropSpeaker ? { side: id, speaker: null, person: null } : { side: id }),
    [],
  )
  const setSession = useCallback(
    (id: string | null) => selectEvent(id ? { kind: 'session', id } : null),
    [selectEvent],
  )
  /** A round chosen here; `dropSession`: the selected session is of another round, and goes. */
  const setRound = useCallback(
    (id: string | null, dropSession: boolean) =>
      setUrlParams(dropSession ? { round: id, session: null } : { round: id }),
    [],
  )
  const clearAll = useCallback(() => {
    setUrlParams({
      q: null,
      side: null,
      speaker: null,
      tone: null,
      round: null,
      from: null,
      to: null,
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
    setSide,
    setTopic: selectTopic,
    setSession,
    setRound,
    clearAll,
  }
}
