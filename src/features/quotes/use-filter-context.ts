import { useMemo } from 'react'
import type { FeedIndex, Quote, Session } from '../../feed/schemas/types'
import type { FilterContext } from './quote-filter-chips'
import { wallTopics } from './quote-topics'

type Inputs = Pick<FilterContext, 'filters' | 'sort' | 'zone'> & {
  index: FeedIndex
  quotes: readonly Quote[]
  sessions: readonly Session[]
  /** The ids of everyone quoted. */
  quoted: ReadonlySet<string>
  /** The speaker filtered on. */
  speaker: string | null
}

/**
 * What the filters offer and are named by: who has spoken, and the person filtered on even if
 * silent (a link may name them); the feed's topics, and those the quotes give that it lacks.
 */
export function useFilterContext({
  index,
  quotes,
  sessions,
  quoted,
  speaker,
  ...rest
}: Inputs): FilterContext {
  const speakers = useMemo(
    () => index.people.filter((p) => quoted.has(p.id) || p.id === speaker),
    [quoted, index, speaker],
  )
  const topics = useMemo(() => wallTopics(index.topics, quotes), [index.topics, quotes])
  return { ...rest, parties: index.parties, speakers, topics, sessions, rounds: index.rounds }
}
