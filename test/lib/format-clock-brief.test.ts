import { describe, expect, it } from 'vitest'
import { formatClockBrief } from '../../src/lib/format-clock-brief'

describe('a time in a one-line row', () => {
  const now = Date.parse('2025-06-10T08:15:00Z') // Tue 10 Jun, 09:15 in London, 04:15 in New York

  it('is the clock alone on the day of now, in the zone shown', () => {
    expect(
      formatClockBrief(Date.parse('2025-06-10T00:00:00Z'), 'Europe/London', now, 'approximate'),
    ).toBe('~01:00')
  })

  it('names the weekday in the six days before, by the calendar in the zone', () => {
    // 00:00Z on Tuesday is still Monday evening in New York.
    expect(formatClockBrief(Date.parse('2025-06-10T00:00:00Z'), 'America/New_York', now)).toBe(
      'Mon 20:00',
    )
    expect(formatClockBrief(Date.parse('2025-06-04T08:00:00Z'), 'Europe/London', now)).toBe(
      'Wed 09:00',
    )
  })

  it('is the date of an older or later time, with its year when it is not the year of now', () => {
    expect(formatClockBrief(Date.parse('2025-06-03T08:00:00Z'), 'Europe/London', now)).toBe('3 Jun')
    expect(formatClockBrief(Date.parse('2025-06-11T08:00:00Z'), 'Europe/London', now)).toBe(
      '11 Jun',
    )
    expect(formatClockBrief(Date.parse('2024-12-20T08:00:00Z'), 'Europe/London', now)).toBe(
      '20 Dec 2024',
    )
  })
})
