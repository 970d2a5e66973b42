import type { WindowChoice } from './window-choice'

/**
 * The market region's URL parameters: ?window= (event, day, all, round:<id>, or a dragged range
 * <from>~<to> in ISO 8601) and ?instruments= (the ids shown, comma-separated).
 */
export const marketParams = { window: 'window', instruments: 'instruments' } as const

const iso = (t: number) => new Date(t).toISOString().replace(':00.000Z', 'Z')

/** A ?window= value, or null when absent or not understood (the default window applies). */
export function parseWindow(value: string | null): WindowChoice | null {
  if (!value) return null
  if (value === 'event' || value === 'day' || value === 'all') return { kind: value }
  const round = /^round:([a-z0-9][a-z0-9-]*)$/.exec(value)
  if (round) return { kind: 'round', id: round[1]! }
  const range = /^([^~]+)~([^~]+)$/.exec(value)
  if (range) {
    const from = Date.parse(range[1]!)
    const to = Date.parse(range[2]!)
    if (Number.isFinite(from) && Number.isFinite(to) && to > from) return { kind: 'range', from, to }
  }
  return null
}

export function serializeWindow(choice: WindowChoice): string {
  if (choice.kind === 'round') return `round:${choice.id}`
  if (choice.kind === 'range') return `${iso(choice.from)}~${iso(choice.to)}`
  return choice.kind
}

/** ?instruments=a,b: the ids chosen, or null for every instrument. */
export function parseInstruments(value: string | null): string[] | null {
  if (value === null) return null
  const ids = value.split(',').map((id) => id.trim()).filter((id) => /^[a-z0-9][a-z0-9-]*$/.test(id))
  return ids.length > 0 ? [...new Set(ids)] : null
}

export function serializeInstruments(ids: readonly string[] | null): string | null {
  return ids === null ? null : ids.join(',')
}
