// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runFeedCheck } from '../../scripts/feed-check'
import { badTickFindings } from '../../src/feed/bad-tick-check'
import type { Series } from '../../src/feed/schemas/types'

const fixtures = fileURLToPath(new URL('../../mocks/fixtures', import.meta.url))
const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** A copy of the demo feed with series/spx.json changed by `change`. */
function demoWithSpx(change: (points: { t: string; v: number }[]) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'bad-tick-'))
  folders.push(folder)
  cpSync(fixtures, folder, { recursive: true })
  const path = join(folder, 'series/spx.json')
  const json = JSON.parse(readFileSync(path, 'utf8'))
  change(json.points)
  writeFileSync(path, JSON.stringify(json))
  return folder
}

/** Test data: a level series of these values, a minute apart. */
const series = (values: number[], basis: Series['basis'] = 'level'): Series => ({
  instrumentId: 'tst',
  illustrative: false,
  basis,
  reference: { value: null, at: '2025-06-09T13:29:00Z', label: 'Previous close (test)' },
  points: values.map((v, i) => ({
    t: new Date(Date.UTC(2025, 5, 9, 13, 30 + i)).toISOString(),
    v,
  })),
})

describe('feed:check on a bad tick', () => {
  it('warns of one price 100 times the points either side, and still passes', async () => {
    // The demo's S&P 500 (illustrative) with its 41st price written 100 times over.
    let tick = { t: '', v: 0, before: 0, after: 0 }
    const folder = demoWithSpx((points) => {
      points[40]!.v = Math.round(points[40]!.v * 100)
      tick = { ...points[40]!, before: points[39]!.v, after: points[41]!.v }
    })
    const result = await runFeedCheck(folder)
    expect(result.exitCode).toBe(0)
    expect(result.lines).toEqual([
      `series/spx.json  $.points[40].v  warning: ${tick.v} at ${tick.t} is 100 times the points either side (${tick.before} and ${tick.after}) (expected a price in line with its neighbours: is it a bad tick, a misplaced decimal point or a price in another unit? The chart draws it, and the rest of its line reads flat beside it)`,
      `feed-check: OK with 1 warning in 1 of 12 files at ${folder}`,
    ])
    expect((await runFeedCheck(folder, { strict: true })).exitCode).toBe(1)
  })

  it('names a price a tenth of its neighbours, or at zero, and counts the others', () => {
    const [finding] = badTickFindings('tst', series([50, 51, 5.1, 52, 0, 51, 50]))
    expect(finding).toMatchObject({ severity: 'warning', path: '$.points[2].v' })
    expect(finding!.message).toMatch(
      /^5\.1 at \S+ is 1\/10 of the points either side \(51 and 52\) and 1 more point \(/,
    )
  })

  it('says nothing of real moves: a jump that stays, % changes, a spread that crosses zero', () => {
    expect(badTickFindings('tst', series([50, 51, 520, 525, 530]))).toEqual([])
    expect(badTickFindings('tst', series([0.3, 0.02, 0.4, 0.5], 'percent-change'))).toEqual([])
    expect(badTickFindings('tst', series([2, 0.1, 3, -1, -2]))).toEqual([])
    expect(badTickFindings('tst', series([5000, 5003, 5001]))).toEqual([])
  })
})
