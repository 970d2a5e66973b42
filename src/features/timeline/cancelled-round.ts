import type { RoundSpan } from '../../feed/round-spans'
import { isCalledOff } from '../../feed/called-off'

/**
 * Every session of the round is cancelled: the round will not take place. Its head reads
 * "Cancelled", and the talks' line never offers it as what comes next. A round with no sessions
 * yet is not (its sessions may still be announced).
 */
export const isCancelledRound = (span: Pick<RoundSpan, 'sessions'>) =>
  span.sessions.length > 0 && span.sessions.every((s) => s.status === 'cancelled')

/** Every session of the round is postponed or cancelled, one at least postponed: it may yet be held. */
export const isPostponedRound = (span: Pick<RoundSpan, 'sessions'>) =>
  span.sessions.length > 0 &&
  span.sessions.every(isCalledOff) &&
  span.sessions.some((s) => s.status === 'postponed')
