import type { Topic } from '../../feed/schemas/types'
import { TopicLabel } from '../../components/topic-label'
import { useWholeText } from '../../components/long-text'

type Props = {
  topicIds: readonly string[]
  topics: ReadonlyMap<string, Topic>
  /** The feed's index is in, so a topic missing from `topics` is not defined by the feed. */
  indexIn: boolean
  selectedTopic: string | null
  onSelect: (topicId: string | null) => void
}

/** Past this many topics an entry shows its first few and a button for the rest. */
const mostShownWhole = 8
const shownFirst = 6

/** Topic buttons inside a timeline entry: reached with ArrowRight from the entry; toggle ?topic=. */
export function TopicChips({ topicIds, topics, indexIn, selectedTopic, onSelect }: Props) {
  const [whole, toggleWhole] = useWholeText(false)
  if (topicIds.length === 0) return null
  const cut = topicIds.length > mostShownWhole
  const shown =
    !cut || whole ? topicIds : topicIds.filter((id, i) => i < shownFirst || id === selectedTopic)
  const more = topicIds.length - shown.length
  return (
    <ul className="mt-1 flex flex-wrap gap-1" aria-label="Topics">
      {shown.map((id) => {
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
      {cut && (
        <li className="print:hidden">
          <button
            type="button"
            tabIndex={-1}
            data-roving-control=""
            aria-expanded={whole}
            onClick={toggleWhole}
            className="rounded px-1.5 py-px text-[11px] font-medium leading-4 text-accent hover:underline"
          >
            {whole ? 'Fewer topics' : `+${more} more ${more === 1 ? 'topic' : 'topics'}`}
          </button>
        </li>
      )}
    </ul>
  )
}
