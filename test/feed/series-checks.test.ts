import { describe, expect, it } from 'vitest'
import { seriesCadenceProblems } from '../../src/feed/series-checks'

const points = (stepMinutes: number, n = 30) =>
  Array.from({ length: n }, (_, i) => ({
    t: new Date(Date.UTC(2025, 5, 9) + i * stepMinutes * 60_000).toISOString(),
    v: 1,
  }))

describe('series checks beyond the schema', () => {
  it('flags a declared interval the points contradict, and accepts one that fits', () => {
    expect(
      seriesCadenceProblems(
        'spx',
        { interval: '1d', basis: 'level', points: points(5) },
        'equity-index',
      ),
    ).toEqual([
      {
        resource: 'series/spx.json',
        path: '$.interval',
        message:
          'interval "1d" but the points are typically 5 minutes apart (expected the interval of the data, or no interval to let the dashboard infer it)',
      },
    ])
    expect(
      seriesCadenceProblems(
        'spx',
        { interval: '5m', basis: 'level', points: points(5) },
        'equity-index',
      ),
    ).toEqual([])
    expect(
      seriesCadenceProblems('spx', { basis: 'level', points: points(5) }, 'equity-index'),
    ).toEqual([])
  })

  it('flags daily closes stamped at midnight (reactions would be read a day early), not closes at the close', () => {
    const midnight = points(1440).map((p) => ({ ...p, t: p.t.replace('.000Z', 'Z') }))
    expect(
      seriesCadenceProblems('spx', { basis: 'level', points: midnight }, 'equity-index').map(
        (p) => p.path,
      ),
    ).toEqual(['$.points'])
    const atClose = midnight.map((p) => ({ ...p, t: p.t.replace('T00:00:00Z', 'T16:00:00-04:00') }))
    expect(
      seriesCadenceProblems('spx', { basis: 'level', points: atClose }, 'equity-index'),
    ).toEqual([])
    // Intraday bars that start at midnight are fine.
    expect(
      seriesCadenceProblems('brent', { basis: 'level', points: points(5) }, 'commodity'),
    ).toEqual([])
  })

  it('flags a yield given as % changes', () => {
    const closes = points(1440).map((p) => ({
      ...p,
      t: p.t.replace('T00:00:00.000Z', 'T20:00:00Z'),
    }))
    expect(
      seriesCadenceProblems('us10y', { basis: 'percent-change', points: closes }, 'yield').map(
        (p) => p.path,
      ),
    ).toEqual(['$.basis'])
  })
})
