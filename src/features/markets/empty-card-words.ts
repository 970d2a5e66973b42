import type { Instrument } from '../../feed/schemas/types'
import { cadenceWords } from '../../lib/cadence'
import { formatDateTimeBrief, formatDay } from '../../lib/format-time'

type Input = {
  instrument: Pick<Instrument, 'shortName' | 'timeZone'>
  /** Points in the series as read (as of the replayed moment, if any). */
  pointCount: number
  /** Some of the feed's points could not be read. */
  unreadable: boolean
  /** The replayed moment, null when live. */
  asOf: number | null
  /** A percent-change series' reference close (ms), else null. */
  percentFrom: number | null
  /** The series' cadence, when its closes are too sparse for the window (else null). */
  sparse: ReturnType<typeof cadenceWords> | null
  /** Its market had not traded yet at the event shown. */
  notYetTraded: boolean
  place: string
  zone: string
}

/** What a chart card says in place of a chart with nothing to draw in its window. */
export function emptyCardWords({
  instrument,
  pointCount,
  unreadable,
  asOf,
  percentFrom,
  sparse,
  notYetTraded,
  place,
  zone,
}: Input): string {
  const name = instrument.shortName
  if (pointCount === 0) {
    if (unreadable) return `None of the feed’s ${name} prices could be read.`
    if (asOf !== null && percentFrom !== null && asOf < percentFrom)
      return `No ${name} price known at this moment: its prices are % against the close of ${formatDay(percentFrom, instrument.timeZone, asOf)} (${formatDateTimeBrief(percentFrom, zone, asOf)}).`
    return `The feed’s ${name} series has no prices yet.`
  }
  if (sparse !== null)
    return `No ${name} close in this window: the series has ${sparse} closes (a round or the whole feed shows them).`
  return `No ${name} data in this window${notYetTraded ? ` (not yet traded in ${place})` : ''}.`
}
