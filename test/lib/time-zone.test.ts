import { afterEach, describe, expect, it, vi } from 'vitest'
import { currentZoneName, viewerTimeZone, zonePlace } from '../../src/lib/time-zone'

describe('zone names', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('names a zone by its place, under its current name', () => {
    expect(zonePlace('America/New_York')).toBe('New York')
    expect(zonePlace('America/Argentina/Buenos_Aires')).toBe('Buenos Aires')
    expect(zonePlace('Asia/Calcutta')).toBe('Kolkata')
    expect(zonePlace('Europe/Kiev')).toBe('Kyiv')
    expect(zonePlace('Asia/Saigon')).toBe('Ho Chi Minh')
    expect(zonePlace('UTC')).toBe('UTC')
    expect(zonePlace('Etc/UTC')).toBe('UTC')
    // Five hours behind UTC: "GMT+5" alone would read as ahead.
    expect(zonePlace('Etc/GMT+5')).toBe('Etc/GMT+5')
  })

  it('gives renamed zones their current names and leaves every other name as it is', () => {
    expect(currentZoneName('Europe/Kiev')).toBe('Europe/Kyiv')
    expect(currentZoneName('Asia/Rangoon')).toBe('Asia/Yangon')
    expect(currentZoneName('Europe/London')).toBe('Europe/London')
    expect(currentZoneName('Not/A_Zone')).toBe('Not/A_Zone')
  })

  it("reads the viewer's own zone by its current name, as the browser gives the old one", () => {
    vi.useFakeTimers({ now: Date.parse('2030-01-01T00:00:00Z'), toFake: ['Date'] })
    const resolved = Intl.DateTimeFormat().resolvedOptions()
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...resolved,
      timeZone: 'Asia/Calcutta',
    })
    expect(viewerTimeZone()).toBe('Asia/Kolkata')
  })
})
