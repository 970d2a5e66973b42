import type { Quote, Session } from '../../feed/schemas/types'
import { indexAtOrBefore } from '../../lib/rebase'
import { isCalledOff } from '../../feed/called-off'

/** A quote tied to no session speaks for the one before it up to this long after its end. */
const afterEndMs = 24 * 3_600_000

/**
 * Each session's quotes, for saying who made no public remarks: those tied to it, and those tied to
 * no session, of its round, said while it ran or after it, before the next session
 * starts (a day after its end at most). A delegate who spoke to the press half an hour after the
 * session is not "no public remarks".
 */
export function quotesBySession(
  sessions: readonly Session[],
  quotes: readonly Quote[],
): Map<string, Quote[]> {
  const map = new Map<string, Quote[]>()
  const add = (sessionId: string, quote: Quote) => {
    const list = map.get(sessionId)
    if (list) list.push(quote)
    else map.set(sessionId, [quote])
  }
  // A session called off held no talks to speak after, and ends no one's window.
  const starts = sessions
    .filter((session) => !isCalledOff(session))
    .map((session) => ({ t: Date.parse(session.start), session }))
    .filter(({ t }) => Number.isFinite(t))
    .sort((a, b) => a.t - b.t)
  for (const quote of quotes) {
    if (quote.sessionId !== null) {
      add(quote.sessionId, quote)
      continue
    }
    const said = Date.parse(quote.saidAt)
    const i = indexAtOrBefore(starts, said)
    const before = starts[i]
    if (!before || quote.roundId !== before.session.roundId) continue
    const { session } = before
    const next = starts[i + 1]?.t ?? Infinity
    const end = (session.end ? Date.parse(session.end) : before.t) + afterEndMs
    if (said < Math.min(next, end)) add(session.id, quote)
  }
  return map
}
