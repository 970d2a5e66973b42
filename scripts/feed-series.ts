/**
 * Turns a CSV export of prices into a feed series file, real (not illustrative):
 *
 *   npm run feed:series -- prices.csv --instrument spx [--interval 1d] [--tz America/New_York]
 *        [--close 16:00] [--column Close] [--out feed/series] [--skip-bad]
 *
 * Writes <out>/<instrument>.json (default ./series/), or prints it with --out -. Lists every bad
 * row with its number and writes nothing while any is left (exit 1); exit 2 on bad usage.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { idSchema, timeZoneSchema } from '../src/feed/schemas/common'
import { seriesFromCsv } from './lib/series-csv'

const usage =
  'usage: npm run feed:series -- <file.csv> --instrument <id> [--interval 1d] [--tz America/New_York] [--close 16:00] [--column Close] [--out <folder> | -] [--skip-bad]'

export function runFeedSeries(args: string[]): {
  out: string[]
  err: string[]
  exitCode: number
  json?: string
  path?: string
} {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        instrument: { type: 'string' },
        interval: { type: 'string' },
        tz: { type: 'string' },
        close: { type: 'string' },
        column: { type: 'string' },
        out: { type: 'string' },
        'skip-bad': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return { out: [], err: [String((error as Error).message), usage], exitCode: 2 }
  }
  const { values, positionals } = parsed
  if (values.help || positionals.length !== 1 || !values.instrument)
    return { out: [], err: [usage], exitCode: 2 }
  if (!idSchema.safeParse(values.instrument).success)
    return {
      out: [],
      err: [`--instrument ${values.instrument}: lower-case letters, digits and dashes`],
      exitCode: 2,
    }
  if (values.tz && !timeZoneSchema.safeParse(values.tz).success)
    return {
      out: [],
      err: [`--tz ${values.tz}: not an IANA time zone (e.g. America/New_York)`],
      exitCode: 2,
    }
  if (values.close && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.close))
    return { out: [], err: [`--close ${values.close}: a time HH:MM`], exitCode: 2 }
  let text: string
  try {
    text = readFileSync(positionals[0]!, 'utf8')
  } catch (error) {
    return {
      out: [],
      err: [`cannot read ${positionals[0]}: ${(error as Error).message}`],
      exitCode: 2,
    }
  }
  const result = seriesFromCsv(text, {
    instrumentId: values.instrument,
    interval: values.interval,
    timeZone: values.tz,
    closeTime: values.close,
    column: values.column,
    skipBad: values['skip-bad'],
  })
  if (!result.ok)
    return {
      out: [],
      err: [
        ...result.errors,
        `feed-series: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'} in ${positionals[0]}, nothing written`,
      ],
      exitCode: 1,
    }
  const json = `${JSON.stringify(result.series, null, 2)}\n`
  const warnings = result.warnings.map((w) => `note: ${w}`)
  const count = `${result.series.points.length} points, ${result.series.points[0]!.t} to ${result.series.points.at(-1)!.t}`
  if (values.out === '-')
    return { out: [json], err: [...warnings, `feed-series: ${count}`], exitCode: 0, json }
  const folder = resolve(values.out ?? 'series')
  const path = join(folder, `${values.instrument}.json`)
  return { out: [`feed-series: wrote ${path} (${count})`], err: warnings, exitCode: 0, json, path }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runFeedSeries(process.argv.slice(2))
  if (result.path && result.json) {
    mkdirSync(resolve(result.path, '..'), { recursive: true })
    writeFileSync(result.path, result.json)
  }
  for (const line of result.err) console.error(line)
  for (const line of result.out) process.stdout.write(line.endsWith('\n') ? line : `${line}\n`)
  process.exitCode = result.exitCode
}
