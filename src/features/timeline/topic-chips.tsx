import type { Topic } from '../../feed/schemas/types'
import { TopicLabel } from '../../components/topic-label'

type Props = {
  topicIds: readonly string[]
  topics: ReadonlyMap<string, Topic>
  /** The feed's index is in, so a topic missing from `topics` is not defined by the feed. */
  indexIn: boolean
  selectedTopic: string | null
  onSelect: (topicId: string | null) => void
}

/** Topic buttons inside a timeline entry: reached with ArrowRight from the entry; toggle ?topic=. */
export function TopicChips({ topicIds, topics, indexIn, selectedTopic, onSelect }: Props) {
  if (topicIds.length === 0) return null
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label="Topics">
      {topicIds.map((id) => {
        const selected = selectedTopic === id
        return (
          <li key={id}>
            <button
              type="button"
              tabIndex={-1}
              data-roving-control=""
              aria-pressed={selected}
              onClick={() => onSelect(selected ? null : id)}
              className={`rounded border px-1.5 py-px text-[11px] leading-4 ${selected ? 'border-accent bg-raised text-accent' : 'border-line text-muted hover:border-accent'}`}
            >
              {selected && <span aria-hidden="true">✓ </span>}
              <TopicLabel id={id} topic={topics.get(id)} indexIn={indexIn} />
            </button>
          </li>
        )
      })}
    </ul>
  )
}
