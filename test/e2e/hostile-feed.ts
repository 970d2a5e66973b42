import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { hostileUrls, xssPayloads } from '../security/xss-payloads'

/**
 * Free-text fields of the feed, by key (ids, enums, timestamps, zones and numbers are left valid so
 * every record still parses). Arrays of strings under these keys get a payload per item.
 */
const textKeys = new Set([
  'title',
  'notes',
  'name',
  'shortName',
  'location',
  'venue',
  'role',
  'organisation',
  'label',
  'text',
  'setting',
  'place',
  'context',
  'durationNote',
  'format',
  'summary',
  'outcomeSignals',
  'usAsk',
  'chinaPosition',
  'condition',
  'expectedReaction',
  'unit',
  'note',
])

export type HostileFeed = {
  dir: string
  /** Every payload that went into some field (all of xssPayloads). */
  used: Set<string>
  /** How many text fields were replaced. */
  fields: number
}

/**
 * Copies mocks/fixtures to a temporary folder with a payload from test/security/xss-payloads.ts in
 * every text field (round-robin, so each payload lands in many places) and a hostile URL on every
 * source; one extra source keeps a plain https URL so the link rules are seen on a real link.
 */
export function buildHostileFeed(): HostileFeed {
  const dir = mkdtempSync(join(tmpdir(), 'ttm-hostile-feed-'))
  cpSync(resolve('mocks/fixtures'), dir, { recursive: true })
  let next = 0
  let nextUrl = 0
  const used = new Set<string>()
  let fields = 0
  const payload = (prefix: string) => {
    const value = xssPayloads[next % xssPayloads.length]!
    next += 1
    used.add(value)
    fields += 1
    // A short readable prefix keeps fields that must differ (names, labels) distinct.
    return `${prefix}${value}`
  }
  const hostile = (value: unknown, key: string | null): unknown => {
    if (Array.isArray(value)) {
      return value.map((item, i) =>
        typeof item === 'string' && key !== null && textKeys.has(key)
          ? payload(`${i}`)
          : hostile(item, null),
      )
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'string' && textKeys.has(k))
          out[k] = payload(k === 'unit' ? '' : `${k.slice(0, 2)}`)
        else if (k === 'url' && typeof v === 'string')
          out[k] = hostileUrls[nextUrl++ % hostileUrls.length]
        else out[k] = hostile(v, k)
      }
      return out
    }
    return value
  }
  const files = [
    'index.json',
    'quotes.json',
    'sessions.json',
    'developments.json',
    'issues.json',
    'markets.json',
  ]
  const seriesFiles = readdirSync(join(dir, 'series')).map((f) => join('series', f))
  for (const file of [...files, ...seriesFiles]) {
    const path = join(dir, file)
    let document = hostile(JSON.parse(readFileSync(path, 'utf8')), null) as Record<string, unknown>
    if (file === 'index.json') {
      const sources = (document.sources as Record<string, unknown>[]).map((source, i) => ({
        ...source,
        url: hostileUrls[i % hostileUrls.length],
      }))
      // Every hostile URL on a source of its own; the quotes cite them all.
      const extra = hostileUrls.map((url, i) => ({
        id: `hostile-${i}`,
        name: payload(`src${i}`),
        url,
      }))
      extra.push({
        id: 'plain-https',
        name: 'Plain https source',
        url: 'https://example.com/report',
      })
      document = { ...document, sources: [...sources, ...extra] }
    }
    if (file === 'quotes.json') {
      const quotes = document.quotes as Record<string, unknown>[]
      document = {
        ...document,
        quotes: quotes.map((quote, i) => ({
          ...quote,
          sourceIds: [
            ...(quote.sourceIds as string[]),
            `hostile-${i % hostileUrls.length}`,
            'plain-https',
          ],
        })),
      }
    }
    writeFileSync(path, JSON.stringify(document))
  }
  return { dir, used, fields }
}
