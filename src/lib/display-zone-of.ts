import { currentZoneName, isTimeZone, viewerTimeZone } from './time-zone'

/** Where the viewer's choice of display zone is remembered. */
export const displayZoneStorageKey = 'ttm.displayZone'

/**
 * The zone the page shows times in, from its sources, the first valid one winning: ?tz=, the
 * viewer's last choice, the config's default (`local`: none), the viewer's own zone. Pure, so the
 * kept first screen reads it as the app will, before the app's code has run.
 */
export function displayZoneOf(
  fromUrl: string | null,
  stored: string | null,
  configZone: string | undefined,
): string {
  const candidates = [fromUrl, stored, configZone === 'local' ? null : configZone]
  const valid = candidates.find((zone) => zone && isTimeZone(zone))
  return valid ? currentZoneName(valid) : viewerTimeZone()
}
