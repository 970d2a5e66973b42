// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { seriesFindings } from '../../src/feed/series-check'
import { readFixture } from './demo-fixtures'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data surgery on parsed JSON
type Json = Record<string, any>

describe('series findings on tick data', () => {
  it('checks a series of 300,000 one-second ticks (synthetic test data) and finds its weekend points', () => {
    const markets = readFixture('markets.json') as Json
    const spx = readFixture('series/spx.json') as Json
    // From Friday 6 June 2025 15:00 New York, one tick a second: the close, then the weekend.
    const start = Date.parse('2025-06-06T19:00:00Z')
    const points = Array.from({ length: 300_000 }, (_, i) => ({
      t: new Date(start + i * 1000).toISOString(),
      v: 6000,
    }))
    const last = points.at(-1)!
    const instrument = markets.instruments.find((i: Json) => i.id === 'spx')
    instrument.last = 6000
    instrument.asOf = last.t
    const findings = seriesFindings({
      documents: { markets },
      series: { spx: { ...spx, interval: undefined, points } },
    })
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        resource: 'series/spx.json',
        path: '$.points[3601].t',
      }),
    )
  })
})
