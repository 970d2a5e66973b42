import { sessionLabel } from '../../feed/session-label'
import { calledOffMark } from '../../feed/called-off'
import type { FeedIndex, Session } from '../../feed/schemas/types'
import type { Option } from './filter-select'
import { latestWithSelected } from '../../lib/latest-with-selected'
import { countOf } from '../../lib/format-count'
import { roundSpans } from '../../feed/round-spans'

type Round = FeedIndex['rounds'][number]

/** The Round filter's choices: the feed's rounds in time order. */
export function roundOptions(rounds: readonly Round[], sessions: readonly Session[]): Option[] {
  return roundSpans(rounds, sessions).map(({ round }) => ({ value: round.id, label: round.name }))
}

/**
 * Sessions listed in the wall's Session filter: the latest ones (and the selected one). A long
 * feed's 300 sessions were 300 options no one scrolls; an earlier session is chosen on the
 * timeline, which filters the wall just the same.
 */
export const sessionOptionCap = 20

export function sessionOptions(
  sessions: readonly Session[],
  selectedId: string | null,
  rounds: readonly Round[],
  /**
   * `round`: only its sessions are offered, and the one chosen whatever its round (a link may pair
   * them), named so it can be cleared. `roundFirst`: a Round filter is offered and none chosen.
   */
  {
    cap = sessionOptionCap,
    round = null,
    roundFirst = false,
  }: { cap?: number; round?: string | null; roundFirst?: boolean } = {},
): { options: Option[]; note: string | null } {
  const offered = round
    ? sessions.filter((s) => s.roundId === round || s.id === selectedId)
    : sessions
  const byStart = [...offered].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const shown = latestWithSelected(byStart, cap, (s) => s.id === selectedId)
  const earlier = Math.max(0, byStart.length - cap)
  return {
    options: shown.map((s) => ({
      value: s.id,
      label: sessionLabel(s, rounds) + calledOffMark(s),
    })),
    note:
      earlier > 0
        ? `${countOf(earlier, 'earlier session')}: choose ${roundFirst ? 'their round, or ' : ''}on the timeline`
        : null,
  }
}
