import { describe, expect, it } from 'vitest'
import {
  formatPoint,
  formatSpan,
  otherZoneSpans,
} from '../../../src/features/timeline/timeline-time'
import { formatElapsed } from '../../../src/lib/format-time'

const day1 = { start: '2025-06-09T13:00:00+01:00', end: '2025-06-09T19:00:00+01:00' }

describe('formatSpan', () => {
  it('marks approximate times with "~" and leaves exact ones plain', () => {
    expect(formatSpan(day1.start, day1.end, 'Europe/London', 'approximate', 'approximate')).toBe(
      'Mon 9 Jun ~13:00–~19:00 BST',
    )
    expect(formatSpan(day1.start, day1.end, 'Europe/London', 'exact', 'approximate')).toBe(
      'Mon 9 Jun 13:00–~19:00 BST',
    )
    expect(formatPoint('2025-06-10T10:00:00+01:00', 'Europe/London', 'exact')).toBe(
      'Tue 10 Jun 10:00 BST',
    )
  })

  it('shows a half-hour offset zone (Kolkata) with its own clock', () => {
    expect(formatSpan(day1.start, day1.end, 'Asia/Kolkata', 'approximate', 'approximate')).toBe(
      'Mon 9 Jun ~17:30–~23:30 GMT+5:30',
    )
  })

  it('says the year of a day in another year than the page’s now, and only then', () => {
    expect(formatSpan(day1.start, day1.end, 'Europe/London', 'exact', 'exact', '2026')).toBe(
      'Mon 9 Jun 2025 13:00–19:00 BST',
    )
    expect(formatSpan(day1.start, day1.end, 'Europe/London', 'exact', 'exact', '2025')).toBe(
      'Mon 9 Jun 13:00–19:00 BST',
    )
    // Across the new year in the zone: each day says its own.
    expect(
      formatSpan('2025-12-31T22:00:00Z', '2026-01-01T02:00:00Z', 'UTC', 'exact', 'exact', '2026'),
    ).toBe('Wed 31 Dec 2025 22:00 – Thu 1 Jan 02:00 UTC')
  })

  it('says a span whose ends read the same as one moment, approximate if either end is', () => {
    // A press conference's quotes: the first and the last at ~17:00.
    expect(
      formatSpan(
        '2025-07-29T17:00:00+01:00',
        '2025-07-29T17:00:40+01:00',
        'Europe/London',
        'exact',
        'approximate',
      ),
    ).toBe('Tue 29 Jul ~17:00 BST')
    expect(
      otherZoneSpans('2025-07-29T17:00:00+01:00', '2025-07-29T17:00:00+01:00', {
        display: 'Europe/London',
        venue: 'Europe/Stockholm',
        second: null,
      }),
    ).toEqual([{ zone: 'Europe/Stockholm', role: 'venue', text: 'Stockholm 18:00' }])
    // When the clocks go back, 01:30 BST and the 01:30 GMT an hour later are a span.
    expect(formatSpan('2025-10-26T00:30:00Z', '2025-10-26T01:30:00Z', 'Europe/London')).toBe(
      'Sun 26 Oct 01:30 BST – 01:30 GMT',
    )
  })

  it('names both days when a span crosses midnight in the zone', () => {
    expect(formatSpan(day1.start, day1.end, 'Asia/Hong_Kong')).toBe(
      'Mon 9 Jun 20:00 – Tue 10 Jun 02:00 GMT+8',
    )
  })

  it('gives each end its own offset across a DST change, from Intl, not a fixed offset', () => {
    // New York springs forward at 02:00 on 9 March 2025: 22:00 EST to 04:00 EDT is five hours.
    expect(
      formatSpan('2025-03-08T22:00:00-05:00', '2025-03-09T04:00:00-04:00', 'America/New_York'),
    ).toBe('Sat 8 Mar 22:00 EST – Sun 9 Mar 04:00 EDT')
    // London springs forward at 01:00 on 30 March 2025.
    expect(formatSpan('2025-03-30T00:30:00Z', '2025-03-30T02:30:00Z', 'Europe/London')).toBe(
      'Sun 30 Mar 00:30 GMT – 03:30 BST',
    )
  })
})

describe('otherZoneSpans', () => {
  it('adds the venue time and the second zone where their clocks differ, with the weekday where the date does', () => {
    const zones = { display: 'America/New_York', venue: 'Europe/London', second: 'Asia/Hong_Kong' }
    expect(otherZoneSpans(day1.start, day1.end, zones, 'approximate', 'approximate')).toEqual([
      { zone: 'Europe/London', role: 'venue', text: 'London ~13:00–~19:00' },
      { zone: 'Asia/Hong_Kong', role: 'second', text: 'Hong Kong ~20:00–Tue ~02:00' },
    ])
    expect(otherZoneSpans('2025-06-10T06:00:00+08:00', null, zones)).toEqual([
      { zone: 'Europe/London', role: 'venue', text: 'London 23:00' },
      { zone: 'Asia/Hong_Kong', role: 'second', text: 'Hong Kong Tue 06:00' },
    ])
  })

  it("names the venue's time by its place, not by its zone's city", () => {
    // Geneva keeps Zurich's time (Europe/Zurich); Beijing keeps Shanghai's.
    expect(
      otherZoneSpans(day1.start, null, {
        display: 'Europe/London',
        venue: 'Europe/Zurich',
        venueName: 'Geneva',
        second: 'Asia/Shanghai',
      }),
    ).toEqual([
      { zone: 'Europe/Zurich', role: 'venue', text: 'Geneva 14:00' },
      { zone: 'Asia/Shanghai', role: 'second', text: 'Shanghai 20:00' },
    ])
  })

  it('names the offset of a local time that reads twice the night the clocks go back, and only then', () => {
    // Auckland goes from +13 to +12 at 03:00 on 5 Apr 2026: 02:30 comes at 13:30 and at 14:30 UTC.
    const zones = {
      display: 'Europe/London',
      venue: 'Pacific/Auckland',
      venueName: 'Auckland',
      second: null,
    }
    const auckland = (start: string, end: string | null = null) =>
      otherZoneSpans(start, end, zones).map((other) => other.text)
    expect(auckland('2026-04-04T13:30:00Z')).toEqual(['Auckland Sun 02:30 GMT+13'])
    expect(auckland('2026-04-04T14:30:00Z')).toEqual(['Auckland Sun 02:30 GMT+12'])
    expect(auckland('2026-04-04T13:30:00Z', '2026-04-04T14:30:00Z')).toEqual([
      'Auckland Sun 02:30 GMT+13–02:30 GMT+12',
    ])
    // Before and after the repeated hour, and on other nights, a time reads once: no offset.
    expect(auckland('2026-04-04T12:30:00Z')).toEqual(['Auckland Sun 01:30'])
    expect(auckland('2026-04-04T15:30:00Z')).toEqual(['Auckland Sun 03:30'])
    expect(auckland('2026-04-05T13:30:00Z')).toEqual(['Auckland Mon 01:30'])
    // London's own repeated hour, as the second zone: 01:30 BST, then 01:30 GMT.
    const london = (start: string) =>
      otherZoneSpans(start, null, {
        display: 'America/New_York',
        venue: null,
        second: 'Europe/London',
      }).map((other) => other.text)
    expect(london('2025-10-26T00:30:00Z')).toEqual(['London Sun 01:30 BST'])
    expect(london('2025-10-26T01:30:00Z')).toEqual(['London Sun 01:30 GMT'])
  })

  it('names the offset at both ends of a span across a change of offset: six hours read as six', () => {
    // New York falls back at 02:00 on 2 Nov 2025: 22:00 EDT to 03:00 EST is six hours, which
    // "22:00–03:00" would read as five beside Los Angeles' 19:00–01:00 PDT.
    expect(
      otherZoneSpans('2025-11-01T22:00:00-04:00', '2025-11-02T03:00:00-05:00', {
        display: 'America/Los_Angeles',
        venue: 'America/New_York',
        venueName: 'New York',
        second: null,
      }).map((other) => other.text),
    ).toEqual(['New York 22:00 EDT–Sun 03:00 EST'])
    // London springs forward at 01:00 on 30 March 2025. Reykjavik reads 00:30 too at the start,
    // but two hours later 02:30 where London reads 03:30: London's time is not Reykjavik's.
    expect(
      otherZoneSpans('2025-03-30T00:30:00Z', '2025-03-30T02:30:00Z', {
        display: 'Atlantic/Reykjavik',
        venue: 'Europe/London',
        second: null,
      }).map((other) => other.text),
    ).toEqual(['London 00:30 GMT–03:30 BST'])
  })

  it('leaves out a zone that shows the same clock as the display zone', () => {
    expect(
      otherZoneSpans(day1.start, day1.end, {
        display: 'Europe/London',
        venue: 'Europe/London',
        second: null,
      }),
    ).toEqual([])
    expect(
      otherZoneSpans(day1.start, null, {
        display: 'Asia/Shanghai',
        venue: 'Europe/London',
        second: 'Asia/Hong_Kong',
      }),
    ).toEqual([{ zone: 'Europe/London', role: 'venue', text: 'London 13:00' }])
  })
})

describe('format-time additions', () => {
  it('ticks durations with seconds', () => {
    expect(formatElapsed(3_909_000)).toBe('1 h 05 min 09 s')
    expect(formatElapsed(63_000)).toBe('1 min 03 s')
    expect(formatElapsed(-5)).toBe('0 s')
    expect(formatElapsed(23 * 3_600_000 + 59 * 60_000)).toBe('23 h 59 min 00 s')
    // A session the feed never ended, read long after: days and hours, not 13,048 hours.
    expect(formatElapsed((543 * 24 + 16) * 3_600_000 + 25 * 60_000)).toBe('543 d 16 h')
  })
})
