import type { Instrument } from '../../feed/schemas/types'

const kindGroups: Record<Instrument['kind'], string> = {
  'equity-index': 'Indexes',
  stock: 'Stocks',
  commodity: 'Commodities',
  future: 'Futures',
  'currency-index': 'Currencies',
  fx: 'Currencies',
  yield: 'Rates',
  other: 'Other',
}

/** The feed's group, or a group by kind. */
export const groupName = (instrument: Instrument) => instrument.group ?? kindGroups[instrument.kind]

export type InstrumentGroup = { name: string; instruments: Instrument[] }

/** Instruments by the feed's `group`, or by kind where it gives none; groups in order of first appearance. */
export function groupInstruments(instruments: readonly Instrument[]): InstrumentGroup[] {
  const groups = new Map<string, Instrument[]>()
  for (const instrument of instruments) {
    const name = groupName(instrument)
    const list = groups.get(name)
    if (list) list.push(instrument)
    else groups.set(name, [instrument])
  }
  return [...groups].map(([name, list]) => ({ name, instruments: list }))
}

type GroupRun = { name: string; key: string; start: number; members: Instrument[] }

/**
 * Runs of neighbouring instruments in one group, in the order shown, with where each starts. The
 * key stays while instruments before it are hidden or shown: the group's charts are not redrawn.
 */
export function groupRuns(instruments: readonly Instrument[]): GroupRun[] {
  const runs: GroupRun[] = []
  const seen = new Map<string, number>()
  instruments.forEach((instrument, i) => {
    const name = groupName(instrument)
    const last = runs[runs.length - 1]
    if (last && last.name === name) {
      last.members.push(instrument)
      return
    }
    const nth = (seen.get(name) ?? 0) + 1
    seen.set(name, nth)
    runs.push({ name, key: `${name}#${nth}`, start: i, members: [instrument] })
  })
  return runs
}

/**
 * The columns of the cards' grid (1, 2 from 24rem, 3 from 50rem, 4 from 72rem, 5 from 90rem, 6
 * from 108rem: each card about as wide as on a 1366 px desk's dashboard) that a group of `size`
 * cards spans: all of them when it has as many cards or more, else one per card.
 */
export function groupSpan(size: number): string {
  if (size === 1) return 'col-span-full @sm:col-span-1'
  if (size === 2) return 'col-span-full @[50rem]:col-span-2'
  if (size === 3) return 'col-span-full @[72rem]:col-span-3'
  if (size === 4) return 'col-span-full @[90rem]:col-span-4'
  if (size === 5) return 'col-span-full @[108rem]:col-span-5'
  return 'col-span-full'
}
