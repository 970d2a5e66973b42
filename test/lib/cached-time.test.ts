import { describe, expect, it } from 'vitest'
import { cachedTime } from '../../src/lib/cached-time'

describe('when a cached copy is from', () => {
  // Local times, as the page shows them in the viewer's own zone.
  const morning = new Date(2025, 5, 10, 9, 0).getTime()

  it('is the clock alone for a copy of the same day', () => {
    expect(cachedTime(new Date(2025, 5, 10, 1, 5).getTime(), morning)).toBe('01:05')
  })

  it('names the day of a copy from the evening before, though it is only hours old', () => {
    expect(cachedTime(new Date(2025, 5, 9, 23, 10).getTime(), morning)).toBe('9 Jun 23:10')
    expect(cachedTime(new Date(2025, 4, 28, 12, 0).getTime(), morning)).toBe('28 May 12:00')
  })
})
