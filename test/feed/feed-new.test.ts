// @vitest-environment node
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { runFeedCheck } from '../../scripts/feed-check'
import { writeStarterFeed } from '../../scripts/feed-new'

const root = fileURLToPath(new URL('../../', import.meta.url))
const folders: string[] = []
const newFolder = () => {
  const parent = mkdtempSync(join(tmpdir(), 'feed-new-'))
  folders.push(parent)
  return join(parent, 'feed')
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

describe('feed:new', () => {
  it.each([
    ['today', Date.now()],
    ['a spring-forward weekend', Date.parse('2026-03-29T12:00:00Z')],
    ['new year', Date.parse('2026-01-01T00:30:00Z')],
    ['a Saturday', Date.parse('2026-12-05T12:00:00Z')],
    ['a Sunday night', Date.parse('2026-12-06T22:30:00Z')],
    ['a Monday morning', Date.parse('2026-12-07T06:00:00Z')],
  ])(
    'writes every document and a README, and the feed passes feed:check --strict (%s)',
    async (_, now) => {
      const folder = newFolder()
      const written = writeStarterFeed(folder, now)
      expect(written.sort()).toEqual([
        'README.md',
        'developments.json',
        'index.json',
        'issues.json',
        'markets.json',
        'quotes.json',
        'series/example-index.json',
        'sessions.json',
      ])
      const result = await runFeedCheck(folder, { strict: true })
      expect(result.lines).toEqual([`feed-check: OK, 7 files checked at ${folder}, no problems`])
    },
  )

  it.each(['2026-12-05T12:00:00Z', '2026-12-06T12:00:00Z', '2026-12-07T06:00:00Z'])(
    'on %s: the talks and the index keep to working days, Day 1 before now and Day 2 after',
    (written) => {
      const now = Date.parse(written)
      const folder = newFolder()
      writeStarterFeed(folder, now)
      const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8'))
      const weekday = (iso: string) =>
        new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Zurich' }).format(
          Date.parse(iso),
        )
      const working = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']
      const [dayOne, dayTwo] = read('sessions.json').sessions as { start: string }[]
      expect(working).toContain(weekday(dayOne!.start))
      expect(working).toContain(weekday(dayTwo!.start))
      expect(Date.parse(dayOne!.start)).toBeLessThan(now)
      expect(Date.parse(dayTwo!.start)).toBeGreaterThan(now)
      const [index] = read('markets.json').instruments
      expect(index.tradingHours).toEqual([{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }])
      const series = read('series/example-index.json')
      for (const { t } of series.points as { t: string }[]) expect(working).toContain(weekday(t))
      expect(working).toContain(weekday(series.reference.at))
    },
  )

  it('labels everything fictional and demo, and quotes no one', () => {
    const folder = newFolder()
    writeStarterFeed(folder)
    const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'))
    expect(index.demo).toBe(true)
    expect(index.title).toMatch(/fictional/)
    const quotes = JSON.parse(readFileSync(join(folder, 'quotes.json'), 'utf8')).quotes as {
      text: string
    }[]
    expect(quotes.every((q) => q.text.startsWith('Example quote'))).toBe(true)
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toMatch(
      /Everything here is \*\*made up\*\*/,
    )
  })

  it('refuses a folder that is not empty', () => {
    const folder = newFolder()
    writeStarterFeed(folder)
    expect(() => writeStarterFeed(folder)).toThrow(/is not empty/)
  })

  it('runs as npm run feed:new -- <folder>', { timeout: 60_000 }, async () => {
    const folder = newFolder()
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'feed:new', '--', folder], {
      cwd: root,
    })
    expect(stdout).toMatch(/wrote a fictional starter feed \(8 files\)/)
    expect(existsSync(join(folder, 'series/example-index.json'))).toBe(true)
  })
})
