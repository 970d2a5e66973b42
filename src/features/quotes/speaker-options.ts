import type { Party, Person } from '../../feed/schemas/types'
import { speakerLabels } from '../../feed/speaker-labels'
import { countOf } from '../../lib/format-count'
import type { Option } from './filter-select'

/** The Side filter's choices: each party by its short name, observers by their name. */
export function sideOptions(parties: readonly Party[]): Option[] {
  return parties.map((p) => ({ value: p.id, label: p.kind === 'observers' ? p.name : p.shortName }))
}

/**
 * The Speaker filter's choices, each named as in the chips: those of the side chosen (as a chosen
 * round narrows the sessions offered), how many of other sides are left out, and the speaker
 * chosen whatever their side (a link may pair them with another), so it shows and can be cleared.
 */
export function speakerOptions(
  speakers: readonly Person[],
  parties: readonly Party[],
  side: string | null,
  selectedId: string | null,
): { options: Option[]; note: string | null } {
  const labels = speakerLabels(speakers, parties)
  const shown =
    side === null ? speakers : speakers.filter((p) => p.partyId === side || p.id === selectedId)
  const left = speakers.length - shown.length
  return {
    options: shown.map((p) => ({ value: p.id, label: labels.get(p.id) ?? p.name })),
    note: left > 0 ? `${countOf(left, 'speaker')} of other sides not listed` : null,
  }
}
