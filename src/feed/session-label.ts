import { unisolated } from '../lib/bidi-isolate'
import type { Round, Session } from './schemas/types'

export type RoundNames = Pick<Round, 'id' | 'name' | 'location'>

/**
 * How a round is named beside one of its sessions: its place ("London"), or its name when two
 * rounds share a place ("London round (June)"). Pure.
 */
export function roundShortName(round: RoundNames, rounds: readonly RoundNames[]): string {
  const samePlace = rounds.filter((r) => r.location === round.location).length
  return samePlace > 1 ? round.name : round.location
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** Whether the character (a whole code point) just before `at` is a letter or digit. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false
  const unit = text.charCodeAt(at - 1)
  const start = unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? at - 2 : at - 1
  return letterOrDigit.test(text.slice(start, at))
}

/** Whether the character (a whole code point) at `at` is a letter or digit. */
function wordCharAt(text: string, at: number): boolean {
  const point = text.codePointAt(at)
  return point !== undefined && letterOrDigit.test(String.fromCodePoint(point))
}

/**
 * Whether `title` already names `name` as a word of its own: "Geneva Day 1" names "Geneva". Found
 * by search, not by a pattern built per name: a long feed names hundreds of sessions after dozens
 * of rounds, and a Unicode-aware pattern costs far more to build than to run.
 */
function names(title: string, name: string): boolean {
  const haystack = unisolated(title).toLowerCase()
  const needle = unisolated(name).toLowerCase()
  if (!needle) return false
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!wordCharBefore(haystack, at) && !wordCharAt(haystack, at + needle.length)) return true
  }
  return false
}

/**
 * A session named so that it reads alone, outside its round: "London, Day 2" when the feed has
 * more than one round; the session title alone when it has one (nothing to tell apart) or when the
 * title already names the round ("Geneva Day 1", not "Geneva, Geneva Day 1"). A session of a round
 * the index does not list is named with that round's id ("r4-singapore, Day 1"). The one place sessions get their outside
 * name: filters, selection, header, share dialog, CSV and market rebase lists all use it. Pure.
 */
export function sessionLabel(
  session: Pick<Session, 'title' | 'roundId'>,
  rounds: readonly RoundNames[],
): string {
  const round = rounds.find((r) => r.id === session.roundId)
  if (!round) {
    // Named by its id, as the timeline heads it: "Day 1" alone would read as a listed round's.
    const id = session.roundId
    return rounds.length === 0 || names(session.title, id)
      ? session.title
      : `${id}, ${session.title}`
  }
  if (rounds.length < 2) return session.title
  const short = roundShortName(round, rounds)
  return names(session.title, short) ? session.title : `${short}, ${session.title}`
}
