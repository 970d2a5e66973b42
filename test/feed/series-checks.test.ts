import { describe, expect, it } from 'vitest'
import { seriesCadenceProblems } from '../../src/feed/series-checks'

const points = (stepMinutes: number, n = 30) => Array.from({ length: n }, (_, i) => ({ t: new Date(Date.UTC(2025, 5, 9) + i * stepMinutes * 60_000).toISOString(), v: 1 }))

describe('series checks beyond the schema', () => {
  it('flags a declared interval the points contradict, and accepts one that fits', () => {
    expect(seriesCadenceProblems('spx', { interval: '1d', basis: 'level', points: points(5) }, 'equity-index')).toEqual([
      {
        resource: 'series/spx.json',
        path: '$.interval',
        message: 'interval "1d" but the points are typically 5 minutes apart (expected the interval of the data, or no interval to let the dashboard infer it)',
      },
    ])
    expect(seriesCadenceProblems('spx', { interval: '5m', basis: 'level', points: points(5) }, 'equity-index')).toEqual([])
    expect(seriesCadenceProblems('spx', { basis: 'level', points: points(5) }, 'equity-index')).toEqual([])
  })

  it('flags a yield given as % changes', () => {
    expect(seriesCadenceProblems('us10y', { basis: 'percent-change', points: points(1440) }, 'yield').map((p) => p.path)).toEqual(['$.basis'])
  })
})
