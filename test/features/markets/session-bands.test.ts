import { describe, expect, it } from 'vitest'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { collectEvents } from '../../../src/features/markets/market-events'
import { sessionBandsOf } from '../../../src/features/markets/use-market-events'
import type { Session } from '../../../src/feed/schemas/types'

const HOUR = 3_600_000
const at = (iso: string) => Date.parse(iso)
const sessions = sessionsDoc.sessions as Session[]
// The demo's Day 2: scheduled for 10:00 London on 10 June, no end given.
const day2Start = at('2025-06-10T10:00:00+01:00')
const day2Band = (sessions: Session[], now: number, windowEnd = now + 48 * HOUR) =>
  sessionBandsOf(collectEvents(sessions, [], []), windowEnd, now).find((b) => b.from === day2Start)!

describe('session bands on the charts', () => {
  it('a session under way with no end is shaded to now, as the header says it is in session', () => {
    const now = at('2025-06-10T19:42:00+01:00')
    expect(day2Band(sessions, now).to).toBe(now)
    // Not the 8 hours a session is guessed to last, which would stop the band at 18:00.
    expect(day2Band(sessions, now).to).not.toBe(day2Start + 8 * HOUR)
  })

  it('within the window', () => {
    const now = at('2025-06-10T19:42:00+01:00')
    const windowEnd = at('2025-06-10T15:00:00+01:00')
    expect(day2Band(sessions, now, windowEnd).to).toBe(windowEnd)
  })

  it('a session not begun, or concluded without an end, gets the 8-hour guess', () => {
    const before = at('2025-06-10T09:15:00+01:00')
    expect(day2Band(sessions, before).to).toBe(day2Start + 8 * HOUR)
    const concluded = sessions.map((s) =>
      Date.parse(s.start) === day2Start ? { ...s, status: 'concluded' as const } : s,
    )
    expect(day2Band(concluded, at('2025-06-11T12:00:00+01:00')).to).toBe(day2Start + 8 * HOUR)
  })

  it('a session with an end is shaded to it', () => {
    const day1 = sessions[0]!
    const [band] = sessionBandsOf(collectEvents([day1], [], []), Infinity, Infinity)
    expect(band).toMatchObject({ from: at(day1.start), to: at(day1.end!) })
  })
})
