import { describe, expect, it } from 'vitest'
import { formatDateTimeBrief } from '../../src/lib/format-time'

describe('a time shown briefly (the snapshot band)', () => {
  const now = Date.parse('2025-06-10T08:15:00Z') // Tue 10 Jun, 16:15 in Shanghai

  it('leaves out the day when it is today in the zone shown', () => {
    expect(formatDateTimeBrief('2025-06-09T20:00:00Z', 'Asia/Shanghai', now, 'approximate')).toBe(
      '~04:00 GMT+8',
    )
  })

  it('gives the weekday alone in the six days before, the whole date before or after that', () => {
    // 20:00Z on Monday is still Monday in New York.
    expect(formatDateTimeBrief('2025-06-09T20:00:00Z', 'America/New_York', now)).toBe(
      'Mon 16:00 EDT',
    )
    expect(formatDateTimeBrief('2025-06-04T08:00:00Z', 'Asia/Shanghai', now)).toBe(
      'Wed 16:00 GMT+8',
    )
    expect(formatDateTimeBrief('2025-06-03T08:00:00Z', 'Asia/Shanghai', now)).toBe(
      'Tue 3 Jun, 16:00 GMT+8',
    )
    expect(formatDateTimeBrief('2025-06-11T08:00:00Z', 'Asia/Shanghai', now)).toBe(
      'Wed 11 Jun, 16:00 GMT+8',
    )
  })

  it('gives the date alone, with its year, of a time in another year than now, by the calendar in the zone', () => {
    expect(formatDateTimeBrief('2031-06-10T08:00:00Z', 'Asia/Shanghai', now)).toBe('10 Jun 2031')
    // 20:00Z on 31 December is already 1 January in Shanghai, not yet in London.
    const newYear = Date.parse('2025-12-31T20:00:00Z')
    expect(formatDateTimeBrief('2025-12-20T08:00:00Z', 'Asia/Shanghai', newYear)).toBe(
      '20 Dec 2025',
    )
    expect(formatDateTimeBrief('2025-12-20T08:00:00Z', 'Europe/London', newYear)).toBe(
      'Sat 20 Dec, 08:00 GMT',
    )
  })
})
