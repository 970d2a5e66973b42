import type { Party, Person } from './schemas/types'

/**
 * What the wall calls each listed speaker, by person id: the name, and where two share it, what
 * tells them apart: the party's short name ("Priya Mehta (West)"), and where that is shared too,
 * the organisation ("Priya Mehta (West, Trade Ministry)"); the feed's id as a last resort.
 */
export function speakerLabels(
  speakers: readonly Person[],
  parties: readonly Party[],
): Map<string, string> {
  const shortNames = new Map(parties.map((p) => [p.id, p.shortName]))
  const party = (p: Person) => shortNames.get(p.partyId) ?? p.partyId
  // Each longer than the one before; the last tells any two apart.
  const tellers = [
    party,
    (p: Person) => `${party(p)}, ${p.organisation}`,
    (p: Person) => `${party(p)}, ${p.organisation}, ${p.id}`,
  ]
  const namesakes = new Map<string, Person[]>()
  for (const person of speakers) {
    const same = namesakes.get(person.name)
    if (same) same.push(person)
    else namesakes.set(person.name, [person])
  }
  const labels = new Map<string, string>()
  for (const person of speakers) {
    const others = (namesakes.get(person.name) ?? []).filter((other) => other !== person)
    if (others.length === 0) {
      labels.set(person.id, person.name)
      continue
    }
    const tell =
      tellers.find((words) => others.every((other) => words(other) !== words(person))) ??
      tellers[tellers.length - 1]!
    labels.set(person.id, `${person.name} (${tell(person)})`)
  }
  return labels
}
