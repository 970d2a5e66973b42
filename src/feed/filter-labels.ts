import type { Party, Person, Round, Session, Topic } from './schemas/types'
import { sessionLabel } from './session-label'
import { speakerLabels } from './speaker-labels'
import { formatDateTime } from '../lib/format-time'

export type FilterKey =
  'side' | 'speaker' | 'tone' | 'topic' | 'round' | 'session' | 'from' | 'to' | 'sort'

/** The quote wall's filters, as the wall holds them or as a link keeps them (absent: not set). */
export type FilterValues = {
  side?: string | null
  speaker?: string | null
  tone?: string | null
  topic?: string | null
  round?: string | null
  session?: string | null
  /** Epoch ms. */
  from?: number | null
  to?: number | null
  sort?: string | null
}

/** What names the filters' ids: the feed's lists (any may be empty, then the id stands). */
export type FilterNames = {
  parties: readonly Party[]
  people: readonly Person[]
  topics: readonly Topic[]
  sessions: readonly Session[]
  rounds: readonly Round[]
}

/**
 * "Side: US", "Topic: Rare earths", "From Mon 9 Jun, 13:00 BST", "Oldest first": each filter in
 * force, by name, the feed's id where it has none; namesakes among `people` told apart as in the
 * Speaker filter ("Priya Mehta (West)"). The wall's chips and a shared link's words alike.
 */
export function filterLabels(
  values: FilterValues,
  names: FilterNames,
  zone: string,
): { key: FilterKey; label: string }[] {
  const labels: { key: FilterKey; label: string }[] = []
  const named = <T extends { id: string }>(
    list: readonly T[],
    id: string,
    name: (item: T) => string,
  ) => {
    const item = list.find((entry) => entry.id === id)
    return item ? name(item) : id
  }
  const { side, speaker, topic, tone, round, session, from, to } = values
  if (side)
    labels.push({
      key: 'side',
      label: `Side: ${named(names.parties, side, (p) => (p.kind === 'observers' ? p.name : p.shortName))}`,
    })
  if (speaker)
    labels.push({
      key: 'speaker',
      label: `Speaker: ${speakerLabels(names.people, names.parties).get(speaker) ?? speaker}`,
    })
  if (topic)
    labels.push({ key: 'topic', label: `Topic: ${named(names.topics, topic, (t) => t.label)}` })
  if (tone) labels.push({ key: 'tone', label: `Tone: ${tone}` })
  if (round)
    labels.push({ key: 'round', label: `Round: ${named(names.rounds, round, (r) => r.name)}` })
  if (session)
    labels.push({
      key: 'session',
      label: `Session: ${named(names.sessions, session, (s) => sessionLabel(s, names.rounds))}`,
    })
  if (from != null) labels.push({ key: 'from', label: `From ${formatDateTime(from, zone)}` })
  if (to != null) labels.push({ key: 'to', label: `To ${formatDateTime(to, zone)}` })
  if (values.sort === 'oldest') labels.push({ key: 'sort', label: 'Oldest first' })
  return labels
}
