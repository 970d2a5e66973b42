import { describe, expect, it } from 'vitest'
import { seriesFromCsv } from '../../scripts/lib/series-csv'
import { runFeedSeries } from '../../scripts/feed-series'

const ok = (text: string, options: Partial<Parameters<typeof seriesFromCsv>[1]> = {}) => {
  const result = seriesFromCsv(text, { instrumentId: 'spx', ...options })
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result
}

describe('CSV to a feed series', () => {
  it('date,close with a header (a spreadsheet export): closes stamped 16:00 in the zone, real, previous close as reference', () => {
    const { series, warnings } = ok('date,close\n2025-06-06,"6,000.36"\n2025-06-09,6005.88\n', {
      timeZone: 'America/New_York',
    })
    expect(series.illustrative).toBe(false)
    expect(series.points).toEqual([
      { t: '2025-06-06T20:00:00Z', v: 6000.36 },
      { t: '2025-06-09T20:00:00Z', v: 6005.88 },
    ])
    expect(series.reference).toEqual({
      value: 6000.36,
      at: '2025-06-06T20:00:00Z',
      label: 'Previous close',
    })
    expect(warnings[0]).toMatch(/stamped 16:00 America\/New_York/)
  })

  it('time,price without a header (a terminal export), in any order, with offsets or in the zone', () => {
    const { series } = ok('2025-06-09T14:35:00-04:00,6001\n2025-06-09 14:30,6000\n', {
      timeZone: 'America/New_York',
      interval: '5m',
    })
    expect(series.points.map((p) => p.t)).toEqual(['2025-06-09T18:30:00Z', '2025-06-09T18:35:00Z'])
    expect(series.interval).toBe('5m')
  })

  it('semicolons with decimal commas, and a many-column export read from its Close column', () => {
    expect(ok('2025-06-09;6005,88\n2025-06-10;6038,81\n').series.points.map((p) => p.v)).toEqual([
      6005.88, 6038.81,
    ])
    const yahoo =
      'Date,Open,High,Low,Close,Adj Close,Volume\n2025-06-09,6004,6021,5993,6005.88,6005.88,1\n2025-06-10,6009,6043,6000,6038.81,6038.81,1\n'
    expect(ok(yahoo).series.points.map((p) => p.v)).toEqual([6005.88, 6038.81])
  })

  it('lists every bad row by number and gives no series', () => {
    const result = seriesFromCsv(
      'date,close\n2025-06-09,6005.88\n06/10/2025,6038.81\n2025-06-11,#N/A\n2025-06-09,1\n',
      { instrumentId: 'spx' },
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual([
      'row 3: date "06/10/2025" is ambiguous (month/day or day/month): export it as YYYY-MM-DD',
      'row 4: not a number: "#N/A"',
      'row 5: the same time as row 2 (2025-06-09T16:00:00Z)',
    ])
  })

  it('with --skip-bad drops the bad rows and says which', () => {
    const { series, warnings } = ok('2025-06-09,1\n2025-06-10,x\n2025-06-11,3\n', { skipBad: true })
    expect(series.points).toHaveLength(2)
    expect(warnings[0]).toBe('row 2: not a number: "x" (skipped)')
  })
})

describe('npm run feed:series', () => {
  it('says how to use it, and exits 2, without a file or an instrument', () => {
    expect(runFeedSeries([]).exitCode).toBe(2)
    expect(runFeedSeries(['prices.csv']).err[0]).toMatch(/^usage: npm run feed:series/)
    expect(runFeedSeries(['prices.csv', '--instrument', 'S&P']).err[0]).toMatch(
      /lower-case letters/,
    )
    expect(
      runFeedSeries(['prices.csv', '--instrument', 'spx', '--tz', 'Mars/Olympus']).err[0],
    ).toMatch(/IANA/)
  })
})
