// @vitest-environment node
import { describe, expect, it } from 'vitest'
import spx from '../../mocks/fixtures/series/spx.json'
import quotesFixture from '../../mocks/fixtures/quotes.json'
import marketsFixture from '../../mocks/fixtures/markets.json'
import { parseCollection } from '../../src/feed/parse'
import { parseSeries } from '../../src/feed/parse-series'
import { collectionResources } from '../../src/feed/schemas/documents'
import type { Instrument } from '../../src/feed/schemas/types'
import { formatChangePercent, formatValue, signedPercent } from '../../src/lib/format-number'
import { formatSeriesValue } from '../../src/features/markets/format-market'

const markets = marketsFixture as { instruments: Instrument[] }

describe('implausible numbers', () => {
  it('are shown in a few characters and marked, not as a 309-digit number', () => {
    const instrument = { ...markets.instruments[0]!, last: -1e308 }
    expect(formatValue(instrument)).toBe('−1E308 (implausible)')
    expect(formatChangePercent(1e308)).toBe('1E308% (implausible)')
    expect(signedPercent(-2.5e15)).toBe('−2.5E15% (implausible)')
    expect(formatSeriesValue(1e300, 'level', instrument)).toBe('1E300 (implausible) points')
    // Ordinary figures are untouched.
    expect(formatValue({ ...instrument, last: 6005.88 })).toBe('6,005.88')
    expect(signedPercent(0.42)).toBe('+0.42%')
  })

  it('in a series are dropped and named: a series of ±1e308 says why it draws nothing', () => {
    const raw = {
      ...spx,
      points: [
        { t: spx.points[0]!.t, v: 1e308 },
        { t: spx.points[1]!.t, v: -1e308 },
        spx.points[2],
      ],
    }
    const { data, problems } = parseSeries('series/spx.json', raw)
    expect(data!.points).toEqual([spx.points[2]])
    expect(problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      '$.points[0].v implausible value 1e+308 (expected a magnitude under 1e+12); this point is not shown',
      '$.points[1].v implausible value -1e+308 (expected a magnitude under 1e+12); this point is not shown',
    ])
  })
})

describe('problem messages say what was found', () => {
  it('a number where text belongs is "expected a string, got number 42", not "missing"', () => {
    const quotes: Record<string, unknown>[] = structuredClone(quotesFixture.quotes)
    quotes[0]!.text = 42
    delete quotes[1]!.text
    quotes[2]!.topicIds = null
    const { problems } = parseCollection('quotes.json', collectionResources.quotes.lists, {
      quotes,
    })
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '$.quotes[0].text: expected a string, got number 42',
      '$.quotes[1].text: missing (expected a string)',
      '$.quotes[2].topicIds: expected an array, got null',
    ])
  })
})
