/** What the briefing strip shows; each part says why it has no figure rather than showing 0. */

export type Loadable<T> =
  { state: 'ready'; value: T } | { state: 'loading' } | { state: 'unavailable'; reason: string }

/** A move in words, or why there is none ("unavailable", "first look", "round not begun"). */
export type MoveFigure =
  | { kind: 'move'; value: number; text: string }
  /** `detail`: more on why, for the tooltip and screen readers ("its prices begin Mon 9 Jun …"). */
  | { kind: 'none'; text: string; detail?: string }

export type BriefingMove = {
  id: string
  name: string
  /** Its moves come from an illustrative path, not real prices. */
  illustrative: boolean
  sinceRound: MoveFigure
  sinceLook: MoveFigure
}

export type BriefingIssue = {
  id: string
  title: string
  topicId: string
  icon: string
  word: string
  tone: string
}

export type BriefingTalks = {
  /** ● ◷ ✓ ○ ↷ ✕: see talksSign. */
  sign: string
  text: string
}

/** New since the last visit: a count with a link to the first of them, or why there is no count. */
export type BriefingNews =
  | { state: 'ready'; count: number; href: string | null }
  | { state: 'first-visit' }
  | { state: 'replay' }
  | { state: 'loading' }
  | { state: 'unavailable' }

export type BriefingMoves = {
  /** "London round", or null when no round has begun. */
  roundName: string | null
  /** When the viewer last looked ("09:12"), or null on a first visit or in replay. */
  lookedAt: string | null
  /** When the viewer last looked, if no price has come since (then no move since is shown). */
  unchangedSince: string | null
  replay: boolean
  rows: BriefingMove[]
}
