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
 * The viewer's own zone, by its current name, asked of the browser at most once a minute: asking builds a formatter
 * (about 2.5 ms each time), and every panel's times ask on each render.
 */
export function viewerTimeZone(): string {
  const now = Date.now()
  if (!viewerZone || Math.abs(now - viewerZone.readAt) > 60_000)
    viewerZone = {
      zone: currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'),
      readAt: now,
    }
  return viewerZone.zone
}

/**
 * Zones IANA has renamed whose old names ICU, and so the browser, still gives as canonical: a
 * viewer in Kyiv is told by Chromium that their zone is "Europe/Kiev", one in Kolkata
 * "Asia/Calcutta".
 */
const renamed: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Ashkhabad': 'Asia/Ashgabat',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Chungking': 'Asia/Chongqing',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Macao': 'Asia/Macau',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
}

/** The zone's current IANA name ("Europe/Kiev" → "Europe/Kyiv"), where this browser knows it. */
export function currentZoneName(zone: string): string {
  const current = renamed[zone]
  return current !== undefined && isTimeZone(current) ? current : zone
}

/**
 * The place a zone is named after, by its current name: "America/New_York" → "New York",
 * "Asia/Calcutta" → "Kolkata"; "UTC" for UTC, and the whole id for the other Etc/ zones
 * ("Etc/GMT+5" is five hours behind UTC: "GMT+5" alone would say the opposite).
 */
export function zonePlace(zone: string): string {
  const name = currentZoneName(zone)
  if (name === 'Etc/UTC') return 'UTC'
  const parts = name.split('/')
  if (parts.length < 2 || parts[0] === 'Etc') return name
  return (parts.at(-1) ?? name).replaceAll('_', ' ')
}
