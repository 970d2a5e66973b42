import type { Quote, Topic } from '../../feed/schemas/types'
import { undefinedTopicLabel } from '../../components/topic-label'

/** A topic as the wall names it: one of the feed's index, or an id a quote gives that it lacks. */
export type QuoteTopic = Topic & { defined: boolean }

export function definedTopic(topic: Topic): QuoteTopic {
  return { ...topic, defined: true }
}

export function undefinedTopic(id: string): QuoteTopic {
  return { id, label: undefinedTopicLabel(id), defined: false }
}

/**
 * The topics the wall offers and names in its filter: the index's, in its order, then the ids the
 * quotes give that it does not define, by id. Each is filtered on alike.
 */
export function wallTopics(topics: readonly Topic[], quotes: readonly Quote[]): QuoteTopic[] {
  const defined = new Set(topics.map((t) => t.id))
  const missing = new Set<string>()
  for (const quote of quotes) for (const id of quote.topicIds) if (!defined.has(id)) missing.add(id)
  return [...topics.map(definedTopic), ...[...missing].sort().map(undefinedTopic)]
}
