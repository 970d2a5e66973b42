// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { sortedEntries } from '../../../src/features/timeline/timeline-model'
import type { Quote } from '../../../src/feed/schemas/types'

const template = quotesDoc.quotes[0] as Quote
/** 10:0m UTC on 10 June 2025, written with the given offset from UTC (hours). */
const written = (minute: number, offsetHours: number) => {
  const hour = String(10 + offsetHours).padStart(2, '0')
  const offset =
    offsetHours === 0
      ? 'Z'
      : `${offsetHours > 0 ? '+' : '-'}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`
  return `2025-06-10T${hour}:0${minute}:00${offset}`
}

describe('quote markers on the timeline', () => {
  it('give every quote one marker: one per person and instant however it is written, quotes in feed order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            minute: fc.nat({ max: 2 }),
            person: fc.constantFrom('he-lifeng', 'bessent', 'lutnick'),
            offsetHours: fc.constantFrom(0, 1, -5, 8),
          }),
          { maxLength: 40 },
        ),
        (picked) => {
          const quotes = picked.map(({ minute, person, offsetHours }, index) => ({
            ...template,
            id: `q${String(index).padStart(2, '0')}`,
            personId: person,
            saidAt: written(minute, offsetHours),
          }))
          const markers = sortedEntries([], [], quotes, 0).flatMap((entry) =>
            entry.kind === 'quotes' ? [entry] : [],
          )
          const ids = markers.flatMap((marker) => marker.quotes.map((q) => q.id))
          expect([...ids].sort()).toEqual(quotes.map((q) => q.id))
          for (const marker of markers) {
            const [first] = marker.quotes
            for (const quote of marker.quotes) {
              expect(Date.parse(quote.saidAt)).toBe(marker.at)
              expect(quote.personId).toBe(first.personId)
            }
            const order = marker.quotes.map((q) => q.id)
            expect(order).toEqual([...order].sort())
          }
          const pairs = markers.map((marker) => `${marker.at} ${marker.quotes[0].personId}`)
          expect(new Set(pairs).size).toBe(pairs.length)
        },
      ),
      { numRuns: 300 },
    )
  })
})
