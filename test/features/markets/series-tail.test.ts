import { describe, expect, it } from 'vitest'
import { seriesTail } from '../../../src/features/markets/series-tail'
import { seriesSchema } from '../../../src/feed/schemas/markets'
import spx from '../../../mocks/fixtures/series/spx.json'

const inOrder = seriesSchema.parse(spx)
const last = inOrder.points.at(-1)!

describe('a series tail', () => {
  it('is the latest price, whatever the order the feed wrote the points in', () => {
    const newestFirst = { ...inOrder, points: [...inOrder.points].reverse() }
    for (const series of [inOrder, newestFirst]) {
      const tail = seriesTail({ series, problems: [] })
      expect(tail).toMatchObject({ lastAt: Date.parse(last.t), lastValue: last.v })
      expect(tail?.cadence).toMatchObject({ kind: 'intraday', stepMs: 300_000 })
    }
  })

  it('is null for a series without points', () => {
    expect(seriesTail({ series: { ...inOrder, points: [] }, problems: [] })).toBeNull()
  })
})
