/**
 * Turns a CSV export of prices (`date,close` or `time,price`, with or without a header, comma,
 * semicolon or tab separated, as a spreadsheet or a terminal writes it) into a feed series. Pure:
 * text in, a series or a list of row errors out. Used by scripts/feed-series.ts.
 */
import { seriesSchema } from '../../src/feed/schemas/markets'
import type { Series } from '../../src/feed/schemas/types'
import { cadenceOf, intervalMs } from '../../src/lib/cadence'
import { zonedTimeToUtc } from '../../src/lib/zoned-time'

export type SeriesCsvOptions = {
  instrumentId: string
  /** "1d", "1h"...; inferred from the times when absent (and then not written). */
  interval?: string
  /** Zone of times without an offset and of dates (default UTC). */
  timeZone?: string
  /** Wall-clock time a date-only row is stamped at, in the zone (default 16:00: a close). */
  closeTime?: string
  /** Column holding the value, by header name (default: close, price, last, value, or the second). */
  column?: string
  /** Drop bad rows (listed as warnings) instead of failing. */
  skipBad?: boolean
}

export type SeriesCsvResult =
  { ok: true; series: Series; warnings: string[] } | { ok: false; errors: string[] }

const valueNames = ['close', 'adj close', 'price', 'last', 'px_last', 'value', 'settle', 'yield']

/** The most frequent of ; tab , in the first line (a tie goes to ; or tab: those files use decimal commas). */
function detectDelimiter(line: string): string {
  const counts = [';', '\t', ','].map((d) => [d, line.split(d).length - 1] as const)
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]!
  return best[1] > 0 ? best[0] : ','
}

/** Splits one CSV line (quotes may hold the delimiter: "6,005.88"). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === delimiter) {
      cells.push(cell.trim())
      cell = ''
    } else cell += c
  }
  cells.push(cell.trim())
  return cells
}

/** A number as exported: "6005.88", "6,005.88", "6 005,88" (decimal comma with ; or tab files). */
export function parseNumber(text: string, decimalComma: boolean): number | null {
  let s = text.replace(/[\s\u00a0']/g, '')
  if (decimalComma) s = s.replace(/\./g, '').replace(',', '.')
  else s = s.replace(/,(?=\d{3}(\D|$))/g, '')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

type ParsedTime = { t: number; dateOnly: boolean } | { error: string }

/** A time as exported: ISO date, ISO date-time (offset or local), "YYYY/MM/DD", or Unix seconds / ms. */
export function parseTime(text: string, zone: string, closeTime: string): ParsedTime {
  const s = text.trim()
  if (/^\d{10}$/.test(s)) return { t: Number(s) * 1000, dateOnly: false }
  if (/^\d{13}$/.test(s)) return { t: Number(s), dateOnly: false }
  const date = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s)
  if (date) {
    try {
      return {
        t: zonedTimeToUtc(`${date[1]}-${date[2]}-${date[3]}`, closeTime, zone).getTime(),
        dateOnly: true,
      }
    } catch {
      return { error: `no such date "${s}"` }
    }
  }
  const local = /^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(s)
  if (local) {
    try {
      const t = zonedTimeToUtc(
        `${local[1]}-${local[2]}-${local[3]}`,
        `${local[4]}:${local[5]}`,
        zone,
      ).getTime()
      return { t: t + Number(local[6] ?? 0) * 1000, dateOnly: false }
    } catch {
      return { error: `no such time "${s}"` }
    }
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) {
    const t = Date.parse(s)
    if (Number.isFinite(t)) return { t, dateOnly: false }
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(s))
    return { error: `date "${s}" is ambiguous (month/day or day/month): export it as YYYY-MM-DD` }
  return {
    error: `not a date or time: "${s}" (expected YYYY-MM-DD, an ISO 8601 date-time, or Unix seconds)`,
  }
}

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z')

export function seriesFromCsv(text: string, options: SeriesCsvOptions): SeriesCsvResult {
  const zone = options.timeZone ?? 'UTC'
  const closeTime = options.closeTime ?? '16:00'
  const errors: string[] = []
  const warnings: string[] = []
  if (options.interval !== undefined && intervalMs(options.interval) === null) {
    return {
      ok: false,
      errors: [
        `--interval ${options.interval}: expected tick, or a count and a unit: 1m, 5m, 1h, 1d, 1w, 1mo`,
      ],
    }
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const firstLine = lines.find((l) => l.trim() !== '') ?? ''
  const delimiter = detectDelimiter(firstLine)
  const decimalComma = delimiter !== ','
  const first = splitLine(firstLine, delimiter)
  const hasHeader =
    first.length >= 2 &&
    parseNumber(first[1]!, decimalComma) === null &&
    'error' in parseTime(first[0]!, zone, closeTime)
  let valueColumn = 1
  if (hasHeader) {
    const names = first.map((c) => c.toLowerCase())
    const wanted = options.column?.toLowerCase()
    const found =
      wanted !== undefined ? names.indexOf(wanted) : names.findIndex((n) => valueNames.includes(n))
    if (wanted !== undefined && found < 0)
      return {
        ok: false,
        errors: [`--column ${options.column}: no such column (the header has ${first.join(', ')})`],
      }
    if (found > 0) valueColumn = found
  } else if (options.column !== undefined) {
    return {
      ok: false,
      errors: [`--column ${options.column}: the file has no header row to find it in`],
    }
  }

  const points: { t: number; v: number; row: number }[] = []
  let dateOnly = false
  lines.forEach((line, i) => {
    const row = i + 1
    if (line.trim() === '' || (hasHeader && line === firstLine && i === lines.indexOf(firstLine)))
      return
    const cells = splitLine(line, delimiter)
    const problem = (message: string) =>
      (options.skipBad ? warnings : errors).push(
        `row ${row}: ${message}${options.skipBad ? ' (skipped)' : ''}`,
      )
    if (cells.length <= valueColumn)
      return problem(
        `expected at least ${valueColumn + 1} columns, got ${cells.length}: "${line.trim()}"`,
      )
    const time = parseTime(cells[0]!, zone, closeTime)
    if ('error' in time) return problem(time.error)
    const value = parseNumber(cells[valueColumn]!, decimalComma)
    if (value === null) return problem(`not a number: "${cells[valueColumn]}"`)
    dateOnly ||= time.dateOnly
    points.push({ t: time.t, v: value, row })
  })
  points.sort((a, b) => a.t - b.t)
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.t === points[i - 1]!.t)
      errors.push(
        `row ${points[i]!.row}: the same time as row ${points[i - 1]!.row} (${iso(points[i]!.t)})`,
      )
  }
  if (errors.length === 0 && points.length === 0) errors.push('no rows with a time and a value')
  if (errors.length > 0) return { ok: false, errors }
  if (dateOnly)
    warnings.push(
      `dates without a time are stamped ${closeTime} ${zone} (set --tz and --close to the market's close)`,
    )

  const cadence = cadenceOf(
    points.map((p) => p.t),
    options.interval,
  )
  const daily = cadence.kind !== 'intraday'
  const previous = points.at(-2)
  const series = {
    instrumentId: options.instrumentId,
    illustrative: false,
    basis: 'level' as const,
    reference:
      daily && previous
        ? { value: previous.v, at: iso(previous.t), label: 'Previous close' }
        : { value: null, at: iso(points[0]!.t), label: 'Previous close (not in the export)' },
    ...(options.interval ? { interval: options.interval } : {}),
    points: points.map((p) => ({ t: iso(p.t), v: p.v })),
  }
  const checked = seriesSchema.safeParse(series)
  if (!checked.success)
    return {
      ok: false,
      errors: checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    }
  return { ok: true, series: checked.data, warnings }
}
