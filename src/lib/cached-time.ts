/**
 * "09:12" for a copy of today, "9 Jun 23:10" for one of another day (in the viewer's zone): when a
 * cached copy's data arrived. Yesterday evening's copy read in the morning is not "23:10", a time
 * that reads as later today.
 */
export function cachedTime(at: number, wall: number): string {
  const time = new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
  if (new Date(at).toDateString() === new Date(wall).toDateString()) return time
  return `${new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })} ${time}`
}
