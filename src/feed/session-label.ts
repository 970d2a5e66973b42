import { unisolated } from '../lib/bidi-isolate'
import type { Round, Session } from './schemas/types'

type RoundNames = Pick<Round, 'id' | 'name' | 'location'>

/**
 * How a round is named beside one of its sessions: its place ("London"), or its name when two
 * rounds share a place ("London round (June)"). Pure.
 */
export function roundShortName(round: RoundNames, rounds: readonly RoundNames[]): string {
  const samePlace = rounds.filter((r) => r.location === round.location).length
  return samePlace > 1 ? round.name : round.location
}

// Compiled once per round name: a Unicode-aware pattern costs far more to build than to run, and a
// long feed names hundreds of sessions after the same few rounds.
const wordPatterns = new Map<string, RegExp>()

/** Whether `title` already names `name` as a word of its own: "Geneva Day 1" names "Geneva". */
function names(title: string, name: string): boolean {
  let pattern = wordPatterns.get(name)
  if (!pattern) {
    const escaped = unisolated(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu')
    wordPatterns.set(name, pattern)
  }
  return pattern.test(unisolated(title))
}

/**
 * A session named so that it reads alone, outside its round: "London, Day 2" when the feed has
 * more than one round; the session title alone when it has one (nothing to tell apart) or when the
 * title already names the round ("Geneva Day 1", not "Geneva, Geneva Day 1"). A session of a round
 * the index does not list keeps its title. The one place sessions get their outside
 * name: filters, selection, header, share dialog, CSV and market rebase lists all use it. Pure.
 */
export function sessionLabel(
  session: Pick<Session, 'title' | 'roundId'>,
  rounds: readonly RoundNames[],
): string {
  if (rounds.length < 2) return session.title
  const round = rounds.find((r) => r.id === session.roundId)
  if (!round) return session.title
  const short = roundShortName(round, rounds)
  return names(session.title, short) ? session.title : `${short}, ${session.title}`
}
