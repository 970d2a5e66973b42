import type { FeedProblem } from '../../feed/parse'
import { hasUnreadable } from '../../feed/unreadable-records'
import type { AlertRule, EventRef } from './alert-rules'

/**
 * The ids a feed list holds, once it is in whole; null while it is not: loading, failed, with
 * records that could not be read (one of them may be the rule's), or cut to a past moment in
 * replay. Only a list in whole can tell that an item is no longer in the feed.
 */
export type ListedIds = { has(id: string): boolean } | null

/** The lists the items of alerts are in. */
export type FeedListing = {
  instruments: ListedIds
  sessions: ListedIds
  developments: ListedIds
  quotes: ListedIds
}

type ReadList<K extends string> = { readonly [key in K]: readonly { id: string }[] } & {
  readonly problems: readonly FeedProblem[]
}

/** Each document's ids, by list: the alerts' hooks that ask for them share one. */
const idsOf = new WeakMap<object, Map<string, NonNullable<ListedIds>>>()

/** A list's ids, put in a set when first asked about: a viewer with no alerts never is. */
function lazyIds(items: readonly { id: string }[]): NonNullable<ListedIds> {
  let ids: ReadonlySet<string> | null = null
  return { has: (id) => (ids ??= new Set(items.map((item) => item.id))).has(id) }
}

/**
 * The ids in a document's `list`, or null when they cannot be told in whole (`ListedIds`). One
 * per document, its set made on the first question: a long feed's 20,000 quote ids were put in a
 * set by each of four hooks, in the page's first render.
 */
export function listedIds<K extends string>(
  document: ReadList<K> | undefined,
  list: K,
  live = true,
): ListedIds {
  if (!live || document === undefined || hasUnreadable(document.problems, list)) return null
  const lists = idsOf.get(document) ?? new Map<string, NonNullable<ListedIds>>()
  idsOf.set(document, lists)
  let ids = lists.get(list)
  if (ids === undefined) {
    ids = lazyIds(document[list])
    lists.set(list, ids)
  }
  return ids
}

/** Whether the item is known to be no longer in the feed: its list is in whole, without it. */
export const isGone = (id: string, listed: ListedIds): boolean => listed !== null && !listed.has(id)

const eventList = {
  session: 'sessions',
  development: 'developments',
  quote: 'quotes',
} as const satisfies Record<EventRef['kind'], keyof FeedListing>

/**
 * Where the feed stands on what a rule names: all of it 'listed'; 'gone' once a list in whole
 * lacks one of them; 'unknown' while a list it needs is not in whole (`ListedIds`).
 */
export type FeedStanding = 'listed' | 'gone' | 'unknown'

const standing = (id: string, listed: ListedIds): FeedStanding =>
  listed === null ? 'unknown' : listed.has(id) ? 'listed' : 'gone'

const together = (a: FeedStanding, b: FeedStanding): FeedStanding =>
  a === 'gone' || b === 'gone' ? 'gone' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'listed'

export function feedStanding(rule: AlertRule, listing: FeedListing): FeedStanding {
  switch (rule.kind) {
    case 'level':
      return standing(rule.instrumentId, listing.instruments)
    case 'move':
    case 'sigma':
      return together(
        standing(rule.instrumentId, listing.instruments),
        standing(rule.since.id, listing[eventList[rule.since.kind]]),
      )
    case 'session':
      return rule.sessionId === null ? 'listed' : standing(rule.sessionId, listing.sessions)
    case 'followed':
      return 'listed'
  }
}

/**
 * Whether the rule names an instrument, session or event the feed no longer lists: it cannot fire
 * while so, and is live again once the feed lists it again (the rule is kept).
 */
export const goneFromFeed = (rule: AlertRule, listing: FeedListing): boolean =>
  feedStanding(rule, listing) === 'gone'
