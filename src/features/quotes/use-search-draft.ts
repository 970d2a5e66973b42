import { useCallback, useEffect, useRef, useState } from 'react'
import { setUrlParams, useUrlParam } from '../../hooks/use-url-param'

const searchWriteDelayMs = 300

/**
 * The search box's text: typed into local state at once (the box never waits for the URL), written
 * to ?q= after a short pause, and taken from the URL when it changes from outside (back, a link,
 * Clear filters).
 */
export function useSearchDraft() {
  const [urlQuery] = useUrlParam('q')
  const [draft, setDraft] = useState(urlQuery ?? '')
  const [seen, setSeen] = useState(urlQuery)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  if (urlQuery !== seen) {
    setSeen(urlQuery)
    setDraft(urlQuery ?? '')
  }
  const change = useCallback((value: string) => {
    setDraft(value)
    clearTimeout(timer.current)
    timer.current = setTimeout(
      () => setUrlParams({ q: value }, { replace: true }),
      searchWriteDelayMs,
    )
  }, [])
  /** Empties the box and drops a write still waiting (the caller clears ?q=). */
  const reset = useCallback(() => {
    clearTimeout(timer.current)
    setDraft('')
  }, [])
  useEffect(() => () => clearTimeout(timer.current), [])
  return { draft, change, reset }
}
