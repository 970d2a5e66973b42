import type { Topic } from '../feed/schemas/types'

/** Said of a topic id a record gives that the feed's index does not define. */
export const undefinedTopicWords = 'not defined by the feed'

/** "trade-truce (not defined by the feed)": the id, never passed off as a label. */
export const undefinedTopicLabel = (id: string) => `${id} (${undefinedTopicWords})`

/**
 * A topic by its label; one the feed does not define by its id, said to be so once `indexIn` (the
 * feed's list of topics has loaded; before, an id it lacks may yet be in it).
 */
export function TopicLabel({
  id,
  topic,
  indexIn = true,
}: {
  id: string
  topic: Topic | undefined
  indexIn?: boolean
}) {
  if (topic) return <>{topic.label}</>
  if (!indexIn) return <>{id}</>
  return (
    <span title={`The feed names the topic "${id}", which its list of topics does not define`}>
      <span className="italic">{id}</span> ({undefinedTopicWords})
    </span>
  )
}
