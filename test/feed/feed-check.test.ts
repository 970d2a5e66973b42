// @vitest-environment node
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { http, HttpResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { runFeedCheck } from '../../scripts/feed-check'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixtures = join(root, 'mocks/fixtures')
const run = promisify(execFile)

/** Runs the real CLI; resolves with its exit code and output even when it exits non-zero. */
async function cli(source: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('npx', ['tsx', 'scripts/feed-check.ts', source], { cwd: root })
    return { code: 0, stdout }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '' }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data surgery on parsed JSON
type Json = Record<string, any>

function edit(folder: string, file: string, change: (json: Json) => void) {
  const path = join(folder, file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  change(json)
  writeFileSync(path, JSON.stringify(json, null, 2))
}

let broken: string

beforeAll(() => {
  broken = mkdtempSync(join(tmpdir(), 'bad-feed-'))
  cpSync(fixtures, broken, { recursive: true })
  edit(broken, 'quotes.json', (json) => {
    json.quotes[0].tone = 42 // a broken field
    json.quotes[1].personId = 'xi-jinping' // a person index.json does not know
  })
  edit(broken, 'sessions.json', (json) => {
    json.sessions[1].start = '2025-06-10T10:00:00' // a timestamp without offset
  })
})

afterAll(() => rmSync(broken, { recursive: true, force: true }))

const planted = [
  'quotes.json  $.quotes[0].tone  Invalid option: expected one of "upbeat"|"positive"|"neutral"|"cautious"|"hard-line" (got 42)',
  'quotes.json  $.quotes[1].personId  unknown personId "xi-jinping" (expected the id of one of the people in index.json)',
  'sessions.json  $.sessions[1].start  invalid date-time (got "2025-06-10T10:00:00") (expected an ISO 8601 date-time with an offset, e.g. 2025-06-10T10:00:00+01:00)',
]

describe('runFeedCheck on a folder', () => {
  it('passes on the demo fixtures', async () => {
    const result = await runFeedCheck(fixtures)
    expect(result.problems).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.lines).toEqual([`feed-check: OK, 12 files checked at ${fixtures}, no problems`])
  })

  it('lists exactly the three planted faults, one line each, and fails', async () => {
    const result = await runFeedCheck(broken)
    expect(result.exitCode).toBe(1)
    expect(result.lines.slice(0, -1).sort()).toEqual([...planted].sort())
    expect(result.lines.at(-1)).toBe(`feed-check: 3 problems in 2 of 12 files at ${broken}`)
  })

  it('reports a missing file and a file that is not JSON', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bad-feed-'))
    try {
      cpSync(fixtures, folder, { recursive: true })
      unlinkSync(join(folder, 'series/dxy.json'))
      writeFileSync(join(folder, 'issues.json'), '{ "issues": [')
      const result = await runFeedCheck(folder)
      expect(result.exitCode).toBe(1)
      expect(result.problems.map((p) => [p.resource, p.path])).toEqual([
        ['issues.json', '$'],
        ['series/dxy.json', '$'],
      ])
      expect(result.problems[0]?.message).toMatch(/^not valid JSON/)
      expect(result.problems[1]?.message).toMatch(/^file not found: .*series\/dxy\.json/)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('runFeedCheck on a URL (served by the MSW demo handlers)', () => {
  it('passes on the demo feed', async () => {
    const result = await runFeedCheck('https://intranet.example/reports/demo-feed/')
    expect(result.problems).toEqual([])
    expect(result.exitCode).toBe(0)
  })

  it('reports an HTTP error and an unreachable server as problems', async () => {
    server.use(
      http.get(
        '*/demo-feed/series/brent.json',
        () => new HttpResponse(null, { status: 404, statusText: 'Not Found' }),
      ),
      http.get('*/demo-feed/quotes.json', () => HttpResponse.error()),
    )
    const result = await runFeedCheck('https://intranet.example/reports/demo-feed')
    expect(result.exitCode).toBe(1)
    expect(result.lines.slice(0, -1)).toEqual([
      'quotes.json  $  could not fetch https://intranet.example/reports/demo-feed/quotes.json: Failed to fetch',
      'series/brent.json  $  HTTP 404 Not Found from https://intranet.example/reports/demo-feed/series/brent.json (expected 200)',
    ])
  })
})

// Spawning npx tsx can be slow on a loaded machine.
describe('feed-check CLI', { timeout: 60_000 }, () => {
  it('exits 0 on the demo fixtures', async () => {
    const { code, stdout } = await cli('mocks/fixtures')
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(`feed-check: OK, 12 files checked at ${fixtures}, no problems`)
  })

  it('prints the three planted faults and a summary, and exits 1', async () => {
    const { code, stdout } = await cli(broken)
    expect(code).toBe(1)
    const lines = stdout.trim().split('\n')
    expect(lines.slice(0, -1).sort()).toEqual([...planted].sort())
    expect(lines.at(-1)).toBe(`feed-check: 3 problems in 2 of 12 files at ${broken}`)
  })
})
