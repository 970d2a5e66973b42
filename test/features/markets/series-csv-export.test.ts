import { describe, expect, it } from 'vitest'
import { seriesCsvRows } from '../../../src/features/markets/export-series'
import { prepareSeries } from '../../../src/features/markets/series-view'
import { toCsv } from '../../../src/lib/csv'
import { parseCsv } from '../../parse-csv'
import markets from '../../../mocks/fixtures/markets.json'
import hstechSeries from '../../../mocks/fixtures/series/hstech.json'
import { instrumentSchema, seriesSchema } from '../../../src/feed/schemas/markets'

describe('market series CSV', () => {
  it('says when the close a percent-change series is measured from was, in a column of its own', () => {
    const instrument = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'hstech'))
    const series = prepareSeries(seriesSchema.parse(hstechSeries))
    const all = [series.points[0]!.t, series.points.at(-1)!.t] as const
    const [header, first] = parseCsv(
      toCsv(seriesCsvRows([{ instrument, series, reaction: null }], all)),
    )
    const cell = (row: string[] | undefined, column: string) => row?.[header!.indexOf(column)]
    // The demo's Hang Seng Tech is % against Monday 9 June's close, 16:00 in Hong Kong.
    expect(cell(first, 'reference_at')).toBe('2025-06-09T08:00:00.000Z')
    expect(cell(first, 'unit')).toBe('% vs the close at reference_at')
    // Its first point comes before that close: a reader can now tell, which “previous close” hid.
    expect(cell(first, 'time')).toBe('2025-06-09T01:30:00.000Z')
  })
})
