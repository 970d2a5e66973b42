import { describe, expect, it } from 'vitest'
import { zoneAbbreviation } from '../../src/lib/format-time'

describe('the zone name shown beside a time', () => {
  it('changes at the minute the clocks change, whichever side was asked for first', () => {
    // London went from GMT to BST at 01:00 UTC on 30 March 2025, and back at 01:00 UTC on 26 October.
    expect(zoneAbbreviation('2025-03-30T01:00:00Z', 'Europe/London')).toBe('BST')
    expect(zoneAbbreviation('2025-03-30T00:59:59Z', 'Europe/London')).toBe('GMT')
    expect(zoneAbbreviation('2025-10-26T00:59:59Z', 'Europe/London')).toBe('BST')
    expect(zoneAbbreviation('2025-10-26T01:00:00Z', 'Europe/London')).toBe('GMT')
    // Lord Howe (+10:30/+11) changes on a half hour of UTC: 15:30 UTC on 4 October 2025.
    expect(zoneAbbreviation('2025-10-04T15:29:59Z', 'Australia/Lord_Howe')).toBe('GMT+10:30')
    expect(zoneAbbreviation('2025-10-04T15:30:00Z', 'Australia/Lord_Howe')).toBe('GMT+11')
  })

  it('names the zone asked for, not another one asked for at the same time', () => {
    const time = Date.UTC(2025, 5, 10, 8, 15)
    expect(zoneAbbreviation(time, 'America/New_York')).toBe('EDT')
    expect(zoneAbbreviation(time, 'Asia/Shanghai')).toBe('GMT+8')
    expect(zoneAbbreviation(time, 'Europe/London')).toBe('BST')
  })

  it('has letters for America’s zones as for Europe’s, and an offset where neither English has any', () => {
    const summer = Date.UTC(2025, 5, 10, 8, 15)
    const winter = Date.UTC(2025, 0, 10, 8, 15)
    expect(zoneAbbreviation(summer, 'America/Chicago')).toBe('CDT')
    expect(zoneAbbreviation(winter, 'America/Los_Angeles')).toBe('PST')
    expect(zoneAbbreviation(summer, 'Europe/Paris')).toBe('CEST')
    expect(zoneAbbreviation(summer, 'Asia/Tokyo')).toBe('GMT+9')
    expect(zoneAbbreviation(summer, 'Asia/Kolkata')).toBe('GMT+5:30')
    expect(zoneAbbreviation(summer, 'America/Sao_Paulo')).toBe('GMT-3')
  })
})
