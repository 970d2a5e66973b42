import { describe, expect, it } from 'vitest'
import { cachedTime } from '../../src/lib/cached-time'

describe('when a cached copy is from', () => {
  const morningInLondon = Date.parse('2025-06-10T09:00:00+01:00')

  it('is the clock alone, named by its zone, for a copy of the same day in the display zone', () => {
    const at = Date.parse('2025-06-10T01:05:00+01:00')
    expect(cachedTime(at, morningInLondon, 'Europe/London')).toBe('01:05 BST')
    expect(cachedTime(at + 7_000, morningInLondon, 'Europe/London', true)).toBe('01:05:07 BST')
  })

  it('names the day of a copy from the evening before, though it is only hours old', () => {
    const evening = Date.parse('2025-06-09T23:10:00+01:00')
    expect(cachedTime(evening, morningInLondon, 'Europe/London')).toBe('9 Jun 23:10 BST')
    const may = Date.parse('2025-05-28T12:00:00+01:00')
    expect(cachedTime(may, morningInLondon, 'Europe/London')).toBe('28 May 12:00 BST')
  })

  it('reads the day and the clock in the zone the page shows, not the browser’s', () => {
    // 01:05 in London is 20:05 the day before in New York, where it is 04:00 in the morning.
    const at = Date.parse('2025-06-10T01:05:00+01:00')
    expect(cachedTime(at, morningInLondon, 'America/New_York')).toBe('9 Jun 20:05 EDT')
    expect(cachedTime(at, morningInLondon, 'Asia/Tokyo')).toBe('09:05 GMT+9')
  })
})
