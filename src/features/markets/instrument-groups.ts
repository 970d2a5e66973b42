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
