// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { preparedSeriesOptions } from '../../../src/features/markets/series-query'
import { seriesSchema } from '../../../src/feed/schemas/markets'
import spx from '../../../mocks/fixtures/series/spx.json'

const data = { series: seriesSchema.parse(spx), problems: [] }
const at = (iso: string) => Date.parse(iso)
const viewAt = (t: number | null) => {
  const { select } = preparedSeriesOptions({ baseUrl: 'https://feed.example/', asOf: t }, 'spx')
  return select!(data)
}

describe('a series as the markets panel reads it, in replay', () => {
  it('is the same view at two moments with the same prices, so the charts are not drawn again', () => {
    // The S&P 500's demo series has a price every 5 minutes: 14:00, then 14:05 UTC.
    const first = viewAt(at('2025-06-09T14:01:00Z'))
    expect(viewAt(at('2025-06-09T14:04:00Z'))).toBe(first)
    expect(first.prepared.points.at(-1)!.t).toBe(at('2025-06-09T14:00:00Z'))
  })

  it('is a new view once a moment brings a new price, and the live one after the last price', () => {
    const early = viewAt(at('2025-06-09T14:00:00Z'))
    const later = viewAt(at('2025-06-09T15:00:00Z'))
    expect(later).not.toBe(early)
    expect(later.prepared.points.length).toBeGreaterThan(early.prepared.points.length)
    expect(viewAt(at('2025-06-10T01:00:00Z'))).toBe(viewAt(null))
  })
})
