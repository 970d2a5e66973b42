import { useCallback, useMemo } from 'react'
import { readStoredJson, useStoredJson, writeStoredJson } from '../lib/stored-json'
import { useRuntime } from './runtime-context'

/**
 * People and topics the user follows, stored in the browser per feed (ids are the feed's own).
 * New items from them are highlighted, and may be notified (src/lib/notify.ts).
 */

export type FollowKind = 'person' | 'topic'
export type Follows = { people: ReadonlySet<string>; topics: ReadonlySet<string> }

/** Anything with people and topics: a quote (personId) or a development (personIds). */
export type Followable = {
  personId?: string | null
  personIds?: readonly string[]
  topicIds?: readonly string[]
}

export function followsStorageKey(feedBaseUrl: string): string {
  return `ttm.follows.v1:${feedBaseUrl}`
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function parseFollows(stored: unknown): Follows {
  if (typeof stored !== 'object' || stored === null) return { people: new Set(), topics: new Set() }
  return {
    people: new Set('people' in stored ? strings(stored.people) : []),
    topics: new Set('topics' in stored ? strings(stored.topics) : []),
  }
}

/** Whether an item is by a followed person or about a followed topic (pure). */
export function isFollowedBy(follows: Follows, item: Followable): boolean {
  const people = [...(item.personId ? [item.personId] : []), ...(item.personIds ?? [])]
  return (
    people.some((id) => follows.people.has(id)) ||
    (item.topicIds ?? []).some((id) => follows.topics.has(id))
  )
}

export function setFollowed(
  feedBaseUrl: string,
  kind: FollowKind,
  id: string,
  followed: boolean,
): void {
  const key = followsStorageKey(feedBaseUrl)
  const now = parseFollows(readStoredJson(key))
  const people = new Set(now.people)
  const topics = new Set(now.topics)
  const set = kind === 'person' ? people : topics
  if (followed) set.add(id)
  else set.delete(id)
  writeStoredJson(key, { people: [...people], topics: [...topics] })
}

export function useFollows() {
  const { feedBaseUrl } = useRuntime()
  const follows = useStoredJson(followsStorageKey(feedBaseUrl), parseFollows)
  const isFollowing = useCallback(
    (kind: FollowKind, id: string) => (kind === 'person' ? follows.people : follows.topics).has(id),
    [follows],
  )
  const isFollowed = useCallback((item: Followable) => isFollowedBy(follows, item), [follows])
  const follow = useCallback(
    (kind: FollowKind, id: string) => setFollowed(feedBaseUrl, kind, id, true),
    [feedBaseUrl],
  )
  const unfollow = useCallback(
    (kind: FollowKind, id: string) => setFollowed(feedBaseUrl, kind, id, false),
    [feedBaseUrl],
  )
  const toggle = useCallback(
    (kind: FollowKind, id: string) => setFollowed(feedBaseUrl, kind, id, !isFollowing(kind, id)),
    [feedBaseUrl, isFollowing],
  )
  return useMemo(
    () => ({ follows, isFollowing, isFollowed, follow, unfollow, toggle }),
    [follows, isFollowing, isFollowed, follow, unfollow, toggle],
  )
}
