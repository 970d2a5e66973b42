import { useRef } from 'react'
import type { Development } from '../../feed/schemas/types'
import { useMarkSeenWhenVisible } from '../../hooks/use-mark-seen-when-visible'
import { formatNumber } from './format-figure'
import { DisplayTime } from './display-time'
import { OtherZoneTimes } from './other-zone-times'
import { TopicChips } from './topic-chips'
import { EntryHead, entryBorder } from './entry-head'
import { developmentKindLabels, partyTone } from './labels'
import { personName, type Lookups } from './lookups'
import type { Zones } from './timeline-time'
import { LongText } from '../../components/long-text'

type Props = {
  entryKey: string
  development: Development
  zones: Zones
  lookups: Lookups
  selected: boolean
  topicMatch: boolean
  tabIndex: number
  selectedTopic: string | null
  onSelect: () => void
  onSelectTopic: (topicId: string | null) => void
  /** Arrived since the user last looked and not seen yet. */
  isNew?: boolean
  /** By a followed person or on a followed topic. */
  followed?: boolean
}

/** A development between sessions: a point in time with its kind as icon and word. */
export function DevelopmentEntry(props: Props) {
  const { development, zones, lookups, selected } = props
  const kind = developmentKindLabels[development.kind]
  const party = development.partyId ? lookups.parties.get(development.partyId) : undefined
  const people = development.personIds
  const ref = useRef<HTMLDivElement>(null)
  useMarkSeenWhenVisible(ref, 'development', development.id, { enabled: props.isNew ?? false })
  return (
    <div
      ref={ref}
      data-roving-id={props.entryKey}
      className={`relative ml-3 border-l-2 py-1 pr-1 pl-3 ${entryBorder(selected, props.topicMatch)}`}
    >
      <span
        aria-hidden="true"
        className={`absolute top-1.5 -left-[0.4rem] bg-surface text-xs leading-none ${kind.tone}`}
      >
        {kind.icon}
      </span>
      <EntryHead tabIndex={props.tabIndex} selected={selected} onSelect={props.onSelect}>
        <span className={`text-xs font-medium ${kind.tone}`}>{kind.word}</span>
        <span className="text-xs text-muted">
          <DisplayTime
            start={development.at}
            startPrecision={development.atPrecision}
            zone={zones.display}
            yearNow={zones.yearNow}
          />
        </span>
        {props.isNew && (
          <span
            className="rounded border border-accent px-1 text-xs leading-4 text-accent"
            title="Arrived since you last looked"
          >
            <span aria-hidden="true">● </span>New
          </span>
        )}
        {props.followed && (
          <span
            className="text-xs font-medium text-accent"
            title="By a person or on a topic you follow"
          >
            <span aria-hidden="true">★ </span>Followed
          </span>
        )}
        <span className="basis-full text-sm font-medium" dir="auto">
          {development.title}
        </span>
      </EntryHead>
      <p className="text-xs text-muted">
        {party && <span className={partyTone[party.id] ?? ''}>{party.shortName}</span>}
        {people.length > 0 && (
          <span>
            {party ? ' · ' : ''}
            {people.map((id) => personName(lookups, id)).join(', ')}
          </span>
        )}
        <OtherZoneTimes
          inline={party !== undefined || people.length > 0}
          start={development.at}
          startPrecision={development.atPrecision}
          zones={zones}
        />
      </p>
      <LongText
        text={development.summary}
        what="summary"
        className="text-xs"
        buttonProps={{ tabIndex: -1, 'data-roving-control': '' }}
      />
      {development.figures.length > 0 && (
        <ul className="mt-0.5 text-xs" aria-label="Figures">
          {development.figures.map((figure) => (
            <li key={figure.label}>
              {figure.label}:{' '}
              <strong className="tabular-nums">
                {formatNumber(figure.value)}
                {figure.unit === '%' ? '%' : ` ${figure.unit}`}
              </strong>
            </li>
          ))}
        </ul>
      )}
      <TopicChips
        topicIds={development.topicIds}
        topics={lookups.topics}
        indexIn={lookups.indexIn}
        selectedTopic={props.selectedTopic}
        onSelect={props.onSelectTopic}
      />
    </div>
  )
}
