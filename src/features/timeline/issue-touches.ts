import { latestByTime, sortByTime } from '../../lib/sort-by-time'
import type { Development, OpenIssue, Quote, Session } from '../../feed/schemas/types'

export type IssueTouches = {
  /** Every session on the topic, oldest first. */
  sessions: Session[]
  /** The latest quotes on the topic (all, unless capped), oldest first. */
  quotes: Quote[]
  quoteCount: number
  developmentCount: number
}

type Tagged = { topicIds: readonly string[] }

/** The items on each of `topics`, in feed order, an item once however often it names a topic. */
function byTopic<T extends Tagged>(items: readonly T[], topics: ReadonlySet<string>) {
  const lists = new Map<string, T[]>()
  for (const item of items)
    for (const topicId of item.topicIds) {
      if (!topics.has(topicId)) continue
      const list = lists.get(topicId)
      if (!list) lists.set(topicId, [item])
      else if (list[list.length - 1] !== item) list.push(item)
    }
  return lists
}

/**
 * The sessions, the latest quotes and the number of developments that touched each open issue's
 * topic, by issue id. One pass over each list for all the issues: a long feed's 20,000 quotes
 * were read once per issue.
 */
export function touchesOfIssues(
  issues: readonly OpenIssue[],
  sessions: readonly Session[],
  quotes: readonly Quote[],
  developments: readonly Development[],
  latestQuotes = Infinity,
): Map<string, IssueTouches> {
  const topics = new Set(issues.map((issue) => issue.topicId))
  const sessionsOn = byTopic(sessions, topics)
  const quotesOn = byTopic(quotes, topics)
  const developmentsOn = byTopic(developments, topics)
  const touches = new Map<string, IssueTouches>()
  for (const topicId of topics) {
    const onTopic = quotesOn.get(topicId) ?? []
    touches.set(topicId, {
      sessions: sortByTime(sessionsOn.get(topicId) ?? [], (s) => s.start),
      quotes: latestByTime(onTopic, (q) => q.saidAt, latestQuotes),
      quoteCount: onTopic.length,
      developmentCount: developmentsOn.get(topicId)?.length ?? 0,
    })
  }
  return new Map(issues.map((issue) => [issue.id, touches.get(issue.topicId)!]))
}
