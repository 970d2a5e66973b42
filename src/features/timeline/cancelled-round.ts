import type { RoundSpan } from '../../feed/round-spans'

/**
 * Every session of the round is cancelled: the round will not take place. Its head reads
 * "Cancelled", and the talks' line never offers it as what comes next. A round with no sessions
 * yet is not (its sessions may still be announced).
 */
export const isCancelledRound = (span: Pick<RoundSpan, 'sessions'>) =>
  span.sessions.length > 0 && span.sessions.every((s) => s.status === 'cancelled')
