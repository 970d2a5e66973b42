import type { Instrument } from '../../feed/schemas/types'
import type { MoveUnit } from '../../lib/move-unit'
import type { Basis, TimedValue } from '../../lib/rebase'

/**
 * What an alert needs of an instrument to name its levels and moves in its unit, and its hours to
 * tell a series that had stopped.
 */
export type AlertInstrument = Pick<Instrument, 'kind' | 'unit' | 'currency' | 'last' | 'decimals'> &
  Partial<Pick<Instrument, 'tradingHours' | 'timeZone'>>

export type AlertSeries = {
  name: string
  basis: Basis
  points: readonly TimedValue[]
  /** The instrument (a yield moves in bp; its levels' decimals and unit), when known. */
  instrument?: AlertInstrument
  /** A generated path, not real prices: alerts on it say so. */
  illustrative?: boolean
}

/**
 * The move from `from` to `to` and its size in standard deviations of the series' own moves over
 * the same length of time; z null without enough history. Given by the page (markets' method).
 */
export type SigmaMeasure = (
  series: AlertSeries,
  from: TimedValue,
  to: TimedValue,
) => { move: number; unit: MoveUnit; z: number | null } | null

/** What the alerts look at, as of the page's "now". */
export type AlertWorld = {
  now: number
  series: ReadonlyMap<string, AlertSeries>
  /** Times and names of the events the rules measure moves from (`eventKey`), and only those. */
  events: ReadonlyMap<string, { at: number; label: string }>
  /** The feed's sessions; null until they load (nothing can have started or ended before). */
  sessions:
    | readonly {
        id: string
        label: string
        start: number
        end: number | null
        concluded: boolean
        /** The feed gives the start only roughly. */
        approximate: boolean
        /** The feed gives the end only roughly. */
        endApproximate?: boolean
        /** The feed still lists it as scheduled: a start read from the clock is by its schedule. */
        scheduled?: boolean
      }[]
    | null
  /**
   * Quotes and developments by followed people or on followed topics; null until they load, and
   * while no rule asks for them.
   */
  followed: readonly { id: string; title: string }[] | null
  /** Without it, sigma alerts have nothing to decide by and stay silent. */
  measureSigma?: SigmaMeasure
}

/** The key of an event in `AlertWorld.events`. */
export const eventKey = (ref: { kind: string; id: string }) => `${ref.kind}:${ref.id}`

export type FiredAlert = { key: string; ruleId: string; title: string; body: string }

/** Per rule, what was true at the last evaluation: alerts fire on a change, never on a state. */
export type AlertMemory = ReadonlyMap<string, string>
