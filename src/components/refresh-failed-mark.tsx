import { useRefreshFailedWords, type RefreshFailure } from './refresh-failed-words'

/**
 * Shown over data that stays on screen when a later refresh failed, inside a panel's content (a
 * chart, the open issues). A panel's own data says it in its header: PanelRefreshMark.
 */
export function RefreshFailedMark(failure: RefreshFailure) {
  const words = useRefreshFailedWords(failure)
  return (
    <p role="status" className="mb-2 rounded border border-warn px-2 py-1 text-xs">
      <span aria-hidden="true">⚠ </span>
      {words?.whole}
    </p>
  )
}
