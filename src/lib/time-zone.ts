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

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
