// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCollection } from '../../src/feed/parse'
import { parseSeries } from '../../src/feed/parse-series'
import { collectionResources } from '../../src/feed/schemas/documents'
import { quoteSchema } from '../../src/feed/schemas/quotes'
import quotesFixture from '../../mocks/fixtures/quotes.json'

const runs = { numRuns: 1000 }
const { lists } = collectionResources.quotes

/** Replaces one field of a record with an arbitrary JSON value (or deletes it). */
const mutatedQuotes = fc
  .array(
    fc.record({
      index: fc.nat({ max: quotesFixture.quotes.length - 1 }),
      field: fc.constantFrom(...Object.keys(quotesFixture.quotes[0]!)),
      value: fc.option(fc.jsonValue(), { nil: undefined }),
    }),
    { maxLength: 6 },
  )
  .map((mutations) => {
    const quotes: Record<string, unknown>[] = structuredClone(quotesFixture.quotes)
    for (const { index, field, value } of mutations) {
      if (value === undefined) delete quotes[index]![field]
      else quotes[index]![field] = value
    }
    return { quotes, touched: new Set(mutations.map((m) => m.index)) }
  })

describe('the feed parser, over arbitrary input', () => {
  it('never throws on arbitrary JSON and always returns data or problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const result = parseCollection('quotes.json', lists, raw)
        expect(result.data !== null || result.problems.length > 0).toBe(true)
        if (result.data)
          for (const q of result.data.quotes) expect(quoteSchema.safeParse(q).success).toBe(true)
      }),
      runs,
    )
  })

  it('on a mutated valid feed, keeps every record it can read and names each one it drops', () => {
    fc.assert(
      fc.property(mutatedQuotes, ({ quotes, touched }) => {
        const result = parseCollection('quotes.json', lists, { quotes })
        expect(result.data).not.toBeNull()
        const kept = result.data!.quotes.length
        const dropped = new Set(
          result.problems.map((p) => Number(/\$\.quotes\[(\d+)\]/.exec(p.path)?.[1])),
        )
        expect(kept + dropped.size).toBe(quotes.length)
        // Records that were not touched are never dropped.
        for (const index of dropped) expect(touched.has(index)).toBe(true)
      }),
      runs,
    )
  })

  it('never throws on arbitrary series and keeps only finite numeric points', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 20 }), (header, points) => {
        const raw = {
          instrumentId: 'spx',
          illustrative: true,
          basis: 'level',
          reference: { value: 1, at: '2025-06-09T20:00:00Z', label: 'x' },
          points: points.map((v, i) => ({
            t: `2025-06-09T14:${String(i).padStart(2, '0')}:00Z`,
            v,
          })),
        }
        const result = parseSeries(
          'series/spx.json',
          typeof header === 'object' && header !== null ? raw : header,
        )
        if (result.data) for (const p of result.data.points) expect(Number.isFinite(p.v)).toBe(true)
      }),
      runs,
    )
  })
})
