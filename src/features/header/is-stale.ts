import type { PageVisibility } from './use-page-visibility'

/**
 * Whether the data on screen is stale: older than three refresh intervals. A hidden page asks a
 * quarter as often (query-client.ts) and, shown again, asks at once: for one interval after it is
 * shown, data that was fresh when the page was hidden and whose refreshes have not failed is
 * waiting for that answer, not stale. Data already stale when the page was hidden stays stale.
 */
export function isStale({
  oldestSuccess,
  wall,
  refreshSeconds,
  failing,
  visibility,
}: {
  oldestSuccess: number
  wall: number
  refreshSeconds: number
  failing: number
  visibility: PageVisibility
}): boolean {
  const interval = refreshSeconds * 1000
  const limit = interval * 3
  if (wall - oldestSuccess <= limit) return false
  const { hidden, hiddenAt, shownAt } = visibility
  const freshWhenHidden = hiddenAt > 0 && hiddenAt - oldestSuccess <= limit
  if (hidden) return !freshWhenHidden || failing > 0
  const catchingUp = shownAt > hiddenAt && wall - shownAt < interval
  return !(catchingUp && freshWhenHidden && failing === 0)
}
