import type { Development, Quote, Round, Session } from '../../feed/schemas/types'

/** Per list: its latest moment is worked out once, however many cards ask. */
const latestOf = new WeakMap<readonly unknown[], number>()

function latest<T>(list: readonly T[], momentsOf: (item: T) => number): number {
  let found = latestOf.get(list)
  if (found === undefined) {
    found = -Infinity
    for (const item of list) found = Math.max(found, momentsOf(item))
    latestOf.set(list, found)
  }
  return found
}

/**
 * A session in session, scheduled or postponed may still bring news: it reaches into the future.
 * A cancelled one brings none: its planned times are no moment of the talks.
 */
function sessionEnd(session: Session): number {
  switch (session.status) {
    case 'concluded':
      return Date.parse(session.end ?? session.start)
    case 'cancelled':
      return -Infinity
    case 'scheduled':
    case 'in-session':
    case 'postponed':
      return Infinity
  }
}

const roundEnd = (round: Round) =>
  Math.max(...[round.start, round.end].map((at) => (at === undefined ? -Infinity : Date.parse(at))))

/**
 * The last moment of the talks the feed knows: its latest session end, development, quote or
 * round date; Infinity while a session is not concluded, -Infinity for a feed with none. A price
 * series that runs past it holds the markets' reaction to everything in the feed.
 */
export function talksEndAt(
  rounds: readonly Round[],
  sessions: readonly Session[],
  developments: readonly Development[],
  quotes: readonly Quote[],
): number {
  return Math.max(
    latest(rounds, roundEnd),
    latest(sessions, sessionEnd),
    latest(developments, (d) => Date.parse(d.at)),
    latest(quotes, (q) => Date.parse(q.saidAt)),
  )
}
