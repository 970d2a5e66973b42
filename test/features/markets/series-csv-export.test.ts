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

  it('gives an instrument whose series did not load one row saying so, never leaving it out', () => {
    const hstech = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'hstech'))
    const brent = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'brent'))
    const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))
    const series = prepareSeries(seriesSchema.parse(hstechSeries))
    const all = [series.points[0]!.t, series.points.at(-1)!.t] as const
    const rows = parseCsv(
      toCsv(
        seriesCsvRows(
          [
            { instrument: hstech, series, reaction: null },
            { instrument: brent, series: undefined, error: new Error('HTTP 503'), reaction: null },
            { instrument: spx, series: undefined, reaction: null },
          ],
          all,
        ),
      ),
    )
    const header = rows[0]!
    expect(rows.every((row) => row.length === header.length)).toBe(true)
    const noteOf = (name: string) =>
      rows.filter((row) => row[0] === name).map((row) => row[header.indexOf('note')])
    expect(noteOf(brent.name)).toEqual([
      'series could not be loaded (HTTP 503): its prices are not in this file',
    ])
    expect(noteOf(spx.name)).toEqual(['series not loaded yet: its prices are not in this file'])
    expect(noteOf(hstech.name).length).toBe(series.points.length)
    expect(noteOf(hstech.name).every((note) => note === '')).toBe(true)
  })
})
