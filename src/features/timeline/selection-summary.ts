import { sessionLabel } from '../../feed/session-label'
import type { Development, Round, Session } from '../../feed/schemas/types'
import type { Selection } from '../../hooks/use-selection'
import type { Lookups } from './lookups'
import { undefinedTopicLabel } from '../../components/topic-label'

type Loaded = {
  sessions: readonly Session[] | undefined
  developments: readonly Development[] | undefined
  rounds: readonly Round[]
}

/** "London, Day 2 · Rare earths": the selection in words, sessions named with their round. Pure. */
export function selectionSummary(selection: Selection, loaded: Loaded, lookups: Lookups): string {
  const parts: string[] = []
  const event = selection.event
  if (event?.kind === 'session') {
    const session = loaded.sessions?.find((s) => s.id === event.id)
    parts.push(session ? sessionLabel(session, loaded.rounds) : event.id)
  }
  if (event?.kind === 'development')
    parts.push(loaded.developments?.find((d) => d.id === event.id)?.title ?? event.id)
  if (event?.kind === 'quote') parts.push('a quote')
  if (selection.topic)
    parts.push(
      lookups.topics.get(selection.topic)?.label ??
        (lookups.indexIn ? undefinedTopicLabel(selection.topic) : selection.topic),
    )
  return parts.join(' · ')
}

/** The selected session or development when the loaded feed does not have it, in words; else null. */
export function missingSelection(selection: Selection, loaded: Loaded): string | null {
  const event = selection.event
  if (!event || !loaded.sessions) return null
  if (event.kind === 'session' && !loaded.sessions.some((s) => s.id === event.id))
    return `session “${event.id}”`
  if (
    event.kind === 'development' &&
    loaded.developments &&
    !loaded.developments.some((d) => d.id === event.id)
  )
    return `development “${event.id}”`
  return null
}
