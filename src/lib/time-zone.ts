const zoneValidity = new Map<string, boolean>()

export function isTimeZone(zone: string): boolean {
  const known = zoneValidity.get(zone)
  if (known !== undefined) return known
  let valid = true
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
  } catch {
    valid = false
  }
  zoneValidity.set(zone, valid)
  return valid
}

let viewerZone: { zone: string; readAt: number } | null = null

/**
 * The viewer's own zone, asked of the browser at most once a minute: asking builds a formatter
 * (about 2.5 ms each time), and every panel's times ask on each render.
 */
export function viewerTimeZone(): string {
  const now = Date.now()
  if (!viewerZone || Math.abs(now - viewerZone.readAt) > 60_000)
    viewerZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', readAt: now }
  return viewerZone.zone
}
