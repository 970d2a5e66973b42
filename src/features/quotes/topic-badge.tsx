import { Badge } from '../../components/badge'
import { undefinedTopicWords, type QuoteTopic } from './quote-topics'

/** A quote's topic by its label; one the feed does not define by its id, and said to be so. */
export function TopicBadge({ topic }: { topic: QuoteTopic }) {
  if (topic.defined) return <Badge>{topic.label}</Badge>
  return (
    <Badge
      title={`The feed's quote names the topic "${topic.id}", which its list of topics does not define`}
    >
      <span className="italic">{topic.id}</span> ({undefinedTopicWords})
    </Badge>
  )
}
