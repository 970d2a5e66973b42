import { useQuery } from '@tanstack/react-query'
import { developmentsQueries, indexQueries, sessionsQueries } from '../../feed/queries'
import { sessionLabel } from '../../feed/session-label'
import { useFeed } from '../../hooks/use-feed'
import { undefinedTopicLabel } from '../../components/topic-label'

/** The selection kept in a link, in words: "London, Day 2 · Rare earths" (ids while the feed loads). */
export function SelectionName({ selection }: { selection: Partial<Record<string, string>> }) {
  const feed = useFeed()
  const index = useQuery(indexQueries.detail(feed))
  const sessions = useQuery(sessionsQueries.list(feed))
  const developments = useQuery(developmentsQueries.list(feed))
  const parts: string[] = []
  const sessionId = selection.session
  if (sessionId) {
    const session = sessions.data?.sessions.find((s) => s.id === sessionId)
    parts.push(session ? sessionLabel(session, index.data?.rounds ?? []) : sessionId)
  }
  const developmentId = selection.development
  if (developmentId)
    parts.push(
      developments.data?.developments.find((d) => d.id === developmentId)?.title ?? developmentId,
    )
  if (selection.quote) parts.push('a quote')
  const topicId = selection.topic
  if (topicId)
    parts.push(
      index.data?.topics.find((t) => t.id === topicId)?.label ??
        (index.data ? undefinedTopicLabel(topicId) : topicId),
    )
  const personId = selection.person
  if (personId) parts.push(index.data?.people.find((p) => p.id === personId)?.name ?? personId)
  return <>{parts.join(' · ')}</>
}
