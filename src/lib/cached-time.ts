/** "09:12", or "28 Nov 09:12" for a copy from another day: when a cached copy's data arrived. */
export function cachedTime(at: number, wall: number): string {
  const time = new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
  if (wall - at < 20 * 3_600_000) return time
  return `${new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })} ${time}`
}
