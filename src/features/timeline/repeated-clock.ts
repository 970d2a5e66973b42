import { zoneAbbreviation } from '../../lib/format-time'
import { zoneOffsetMinutes } from '../../lib/zoned-time'

const sixHoursMs = 6 * 3_600_000

/**
 * Whether the wall clock of `instant` in `zone` also reads so at another instant: the hour repeated
 * when the clocks go back (Auckland's 02:30 on 5 Apr 2026 is 13:30 UTC at +13 and 14:30 UTC at +12).
 */
export function clockRepeats(instant: number, zone: string): boolean {
  const name = zoneAbbreviation(instant, zone)
  const offset = zoneOffsetMinutes(new Date(instant), zone)
  // No zone changes its offset twice within twelve hours, nor by as much as six hours at once. A
  // change that keeps the zone's name (Moscow's MSK in 2014) is passed over: its name would not
  // tell the two apart.
  for (const near of [instant - sixHoursMs, instant + sixHoursMs]) {
    if (zoneAbbreviation(near, zone) === name) continue
    const nearOffset = zoneOffsetMinutes(new Date(near), zone)
    if (nearOffset === offset) continue
    const twin = instant + (offset - nearOffset) * 60_000
    if (zoneOffsetMinutes(new Date(twin), zone) === nearOffset) return true
  }
  return false
}
