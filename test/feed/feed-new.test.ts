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
