import { shortenText } from '../../lib/shorten-text'
import type { Development, Person, Quote, Round, Session } from '../../feed/schemas/types'
import { sessionLabel } from '../../feed/session-label'
import { isCalledOff } from '../../feed/called-off'
import type { SelectionKind } from '../../hooks/use-selection'
import { quoted } from '../../lib/quote-marks'
import { inOrder, mergeSorted } from '../../lib/merge-sorted'

/** A moment the markets can be rebased to: a session's start, a development, a quote. */
export type MarketEvent = {
  kind: SelectionKind
  id: string
  at: number
  /** A session's end (null while open or for point events). */
  end: number | null
  /** A session the feed does not say has concluded. */
  open?: boolean
  /** A session postponed or cancelled: a moment of the schedule, never a span of talks. */
  calledOff?: boolean
  precision: 'exact' | 'approximate'
  /** Short words for a select or a legend: "Day 1 (session)"; a long title cut with "…". */
  label: string
  /** The whole name where `label` is cut ("… export lic…"): for tooltips and screen readers. */
  wholeLabel?: string
  /** What it was: the quote text with the speaker, the session summary. */
  detail: string
  sessionId: string | null
  /** The round it belongs to (windows by round). */
  roundId?: string | null
}

/** The label, and the whole name beside it only where the label is cut. */
function cutName(whole: string, label: string): Pick<MarketEvent, 'label' | 'wholeLabel'> {
  return label === whole ? { label } : { label, wholeLabel: whole }
}

const kindOrder: Record<SelectionKind, number> = { session: 0, development: 1, quote: 2 }

/** Every session, development and quote as a market event, in time order. */
export function collectEvents(
  sessions: readonly Session[],
  developments: readonly Development[],
  quotes: readonly Quote[],
  people: readonly Person[] = [],
  rounds: readonly Round[] = [],
  /** In replay, a session not over yet is not summed up: the feed's summary was written later. */
  replay = false,
): MarketEvent[] {
  const names = new Map(people.map((p) => [p.id, p.name]))
  const sessionEvents: MarketEvent[] = sessions.map((s) => ({
    kind: 'session' as const,
    id: s.id,
    at: Date.parse(s.start),
    // An end the feed gives before the start (a mistake) draws no span.
    end: s.end === null || isCalledOff(s) ? null : Math.max(Date.parse(s.end), Date.parse(s.start)),
    open: s.status !== 'concluded' && !isCalledOff(s),
    calledOff: isCalledOff(s),
    precision: s.startPrecision,
    label: `${sessionLabel(s, rounds)} (${isCalledOff(s) ? `${s.status} ` : ''}session)`,
    detail: `${sessionLabel(s, rounds)}: ${replay && s.status !== 'concluded' ? 'summary held back until the session is over' : s.summary}`,
    sessionId: s.id,
    roundId: s.roundId,
  }))
  const developmentEvents: MarketEvent[] = developments.map((d) => ({
    kind: 'development' as const,
    id: d.id,
    at: Date.parse(d.at),
    end: null,
    precision: d.atPrecision,
    ...cutName(d.title, shortenText(d.title, 60)),
    detail: `${d.title}. ${d.summary}`,
    sessionId: null,
    roundId: d.roundId,
  }))
  const quoteEvents: MarketEvent[] = quotes.map((q) => {
    const speaker = names.get(q.personId) ?? q.personId
    const whole = `${speaker}: ${quoted(q.text, q.lang)}`
    // Cut or not, known from the text (the same string when not cut) without comparing two
    // labels: that joined each label's parts into one string, 20,000 times on a long feed.
    const short = shortenText(q.text, 48)
    return {
      kind: 'quote' as const,
      id: q.id,
      at: Date.parse(q.saidAt),
      end: null,
      precision: q.saidAtPrecision,
      ...(short === q.text
        ? { label: whole }
        : { label: `${speaker}: ${quoted(short, q.lang)}`, wholeLabel: whole }),
      detail: `${speaker} (${q.setting}): ${quoted(q.text, q.lang)}`,
      sessionId: q.sessionId,
      roundId: q.roundId,
    }
  })
  // Each list in order (one pass when the feed's is), then merged: one sort of all 25,000 events
  // of a long feed took some 15 ms.
  return mergeSorted(
    mergeSorted(
      inOrder(sessionEvents, eventOrder),
      inOrder(developmentEvents, eventOrder),
      eventOrder,
    ),
    inOrder(quoteEvents, eventOrder),
    eventOrder,
  )
}

/**
 * Time, then sessions before developments before quotes, then id in code-unit order, as the
 * timeline does: for ids (lower-case letters, digits and dashes) it is the alphabetical order,
 * without localeCompare's cost (its first call in a page sets up a collator: 12 to 17 ms here).
 */
const eventOrder = (a: MarketEvent, b: MarketEvent) =>
  a.at - b.at || kindOrder[a.kind] - kindOrder[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function findEvent(
  events: readonly MarketEvent[],
  selected: { kind: SelectionKind; id: string } | null,
) {
  if (!selected) return null
  return events.find((e) => e.kind === selected.kind && e.id === selected.id) ?? null
}
