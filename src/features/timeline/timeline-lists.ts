import type { Development, Session } from '../../feed/schemas/types'
import type { ListsFailed } from './timeline-list-props'

type Loaded<T> = { data: T | undefined; isError: boolean }

const none: never[] = []

/**
 * The timeline's two lists as far as they are in: either one failing leaves the other shown (the
 * failed one empty, `failed` saying so); both failing, or either still loading, leaves `ready` false.
 */
export function timelineLists(
  sessions: Loaded<{ sessions: Session[] }>,
  developments: Loaded<{ developments: Development[] }>,
): {
  sessions: readonly Session[] | undefined
  developments: readonly Development[] | undefined
  failed: ListsFailed
  ready: boolean
} {
  const failed = {
    sessions: sessions.data === undefined && sessions.isError,
    developments: developments.data === undefined && developments.isError,
  }
  const sessionList = sessions.data?.sessions ?? (failed.sessions ? none : undefined)
  const developmentList =
    developments.data?.developments ?? (failed.developments ? none : undefined)
  return {
    sessions: sessionList,
    developments: developmentList,
    failed,
    ready:
      sessionList !== undefined &&
      developmentList !== undefined &&
      !(failed.sessions && failed.developments),
  }
}
