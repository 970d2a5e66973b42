import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { roundReplayWindows, windowAt } from '../../src/feed/round-replay-windows'
import type { RoundSpan } from '../../src/feed/round-spans'

// Test data: made-up rounds, dates in 2030.
const at = (iso: string) => Date.parse(iso)
const span = (id: string, start: string | null, end: string | null): RoundSpan => ({
  round: { id, name: `${id} round`, location: id, venue: null, timeZone: 'UTC' },
  start: start === null ? null : at(start),
  end: end === null ? null : at(end),
  sessions: [],
})
const whole = { start: at('2030-01-01T00:00:00Z'), end: at('2030-03-01T00:00:00Z') }
const iso = (w: { start: number; end: number }) => [
  new Date(w.start).toISOString(),
  new Date(w.end).toISOString(),
]

describe('round replay windows', () => {
  it('split the span halfway between rounds, the first and last reaching its ends', () => {
    const windows = roundReplayWindows(
      [
        span('a', '2030-01-05T09:00:00Z', '2030-01-06T17:00:00Z'),
        span('b', '2030-02-01T09:00:00Z', null),
      ],
      whole,
    )
    // 6 Jan 17:00 to 1 Feb 09:00 is 25 days 16 hours: halfway is 19 Jan 13:00.
    expect(windows.map(iso)).toEqual([
      ['2030-01-01T00:00:00.000Z', '2030-01-19T13:00:00.000Z'],
      ['2030-01-19T13:00:00.000Z', '2030-03-01T00:00:00.000Z'],
    ])
    expect(windowAt(windows, at('2030-01-10T00:00:00Z'))?.roundId).toBe('a')
    expect(windowAt(windows, null)?.roundId).toBe('b')
  })

  it('cover each round’s own dates where rounds overlap, and leave out rounds with no date', () => {
    const windows = roundReplayWindows(
      [
        span('a', '2030-01-05T00:00:00Z', '2030-01-20T00:00:00Z'),
        span('b', '2030-01-10T00:00:00Z', '2030-01-11T00:00:00Z'),
        span('c', '2030-01-12T00:00:00Z', null),
        span('undated', null, null),
      ],
      whole,
    )
    expect(windows.map((w) => w.roundId)).toEqual(['a', 'b', 'c'])
    expect(windows.map(iso)).toEqual([
      ['2030-01-01T00:00:00.000Z', '2030-01-20T00:00:00.000Z'],
      ['2030-01-10T00:00:00.000Z', '2030-01-11T12:00:00.000Z'],
      ['2030-01-11T12:00:00.000Z', '2030-03-01T00:00:00.000Z'],
    ])
  })

  it('leave out a round still to come: there is nothing of it to replay yet', () => {
    const windows = roundReplayWindows(
      [
        span('a', '2030-01-05T00:00:00Z', '2030-01-06T00:00:00Z'),
        span('b', '2030-02-01T00:00:00Z', '2030-02-02T00:00:00Z'),
        span('next', '2030-06-01T00:00:00Z', null),
      ],
      whole,
    )
    expect(windows.map((w) => w.roundId)).toEqual(['a', 'b'])
    expect(windows.at(-1)!.end).toBe(whole.end)
  })
})

describe('round replay windows, any rounds', () => {
  it('lie within the span, each from before its round to after it, together covering the span', () => {
    const dayMs = 86_400_000
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.option(fc.integer({ min: -20, max: 80 }), { nil: null }),
            days: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
          }),
          { maxLength: 12 },
        ),
        (drawn) => {
          const rounds = drawn
            .map(({ start, days }, i): RoundSpan => {
              const from = start === null ? null : whole.start + start * dayMs
              return {
                ...span(`r${i}`, null, null),
                start: from,
                end: from === null || days === null ? null : from + days * dayMs,
              }
            })
            .sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity))
          const windows = roundReplayWindows(rounds, whole)
          for (const w of windows) {
            expect(w.start).toBeGreaterThanOrEqual(whole.start)
            expect(w.end).toBeLessThanOrEqual(whole.end)
            expect(w.end).toBeGreaterThanOrEqual(w.start)
          }
          if (windows.length === 0) return
          expect(windows[0]!.start).toBe(whole.start)
          expect(windows.at(-1)!.end).toBe(whole.end)
          windows.slice(1).forEach((w, i) => expect(w.start).toBeLessThanOrEqual(windows[i]!.end))
        },
      ),
    )
  })
})
