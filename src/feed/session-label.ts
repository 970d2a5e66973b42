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

/**
 * A session named so that it reads alone, outside its round: "London, Day 2" when the feed has
 * more than one round; the session title alone when it has one (nothing to tell apart). A session
 * of a round the index does not list keeps its title. The one place sessions get their outside
 * name: filters, selection, header, share dialog, CSV and market rebase lists all use it. Pure.
 */
export function sessionLabel(
  session: Pick<Session, 'title' | 'roundId'>,
  rounds: readonly RoundNames[],
): string {
  if (rounds.length < 2) return session.title
  const round = rounds.find((r) => r.id === session.roundId)
  return round ? `${roundShortName(round, rounds)}, ${session.title}` : session.title
}
