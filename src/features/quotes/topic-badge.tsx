import { Badge } from '../../components/badge'
import { TopicLabel } from '../../components/topic-label'
import type { QuoteTopic } from './quote-topics'

/** A quote's topic by its label; one the feed does not define by its id, and said to be so. */
export function TopicBadge({ topic }: { topic: QuoteTopic }) {
  return (
    <Badge>
      <TopicLabel id={topic.id} topic={topic.defined ? topic : undefined} />
    </Badge>
  )
}
