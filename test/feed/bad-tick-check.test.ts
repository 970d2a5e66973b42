// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runFeedCheck } from '../../scripts/feed-check'
import { badTickFindings } from '../../src/feed/bad-tick-check'
import { testInstrument, testSeries as series } from './bad-tick-series'

const fixtures = fileURLToPath(new URL('../../mocks/fixtures', import.meta.url))
const folders: string[] = []
const price = testInstrument()
const yieldOf = testInstrument('yield', '%')
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
    const [finding] = badTickFindings(price, series([50, 51, 5.1, 52, 0, 51, 50]))
    expect(finding).toMatchObject({ severity: 'warning', path: '$.points[2].v' })
    expect(finding!.message).toMatch(
      /^5\.1 at \S+ is 1\/10 of the points either side \(51 and 52\) and 1 more point \(/,
    )
  })

  it('says nothing of real moves: a jump that stays, % changes, a spread that crosses zero', () => {
    expect(badTickFindings(price, series([50, 51, 520, 525, 530]))).toEqual([])
    expect(badTickFindings(price, series([0.3, 0.02, 0.4, 0.5], 'percent-change'))).toEqual([])
    expect(badTickFindings(price, series([2, 0.1, 3, -1, -2]))).toEqual([])
    expect(badTickFindings(price, series([5000, 5003, 5001]))).toEqual([])
  })
})

const messageOf = (findings: { message: string }[]) =>
  findings.map((f) => f.message.split(' (expected')[0])

describe('feed:check on bad ticks in a row and at the ends', () => {
  it('names a run of three prices 100 times the points either side', () => {
    const findings = badTickFindings(price, series([50, 51, 5100, 5150, 5120, 52, 51]))
    expect(findings).toMatchObject([{ severity: 'warning', path: '$.points[2].v' }])
    expect(messageOf(findings)).toEqual([
      '3 points in a row, 5100 at 2025-06-09T13:32:00.000Z to 5120 at 2025-06-09T13:34:00.000Z, are 98 times the points either side (51 and 52)',
    ])
    expect(findings[0]!.message).toContain('The chart draws them')
  })

  it('names a run of two a tenth of the price, and counts another run after it', () => {
    const findings = badTickFindings(price, series([50, 5, 4.9, 50, 51, 0.5, 0.5, 0.51, 52, 50]))
    expect(messageOf(findings)).toEqual([
      '2 points in a row, 5 at 2025-06-09T13:31:00.000Z to 4.9 at 2025-06-09T13:32:00.000Z, are 1/10 of the points either side (50 and 50) and 3 more points',
    ])
  })

  it('names a bad first point, and a bad last one, saying a tick there cannot be seen to come back', () => {
    const first = badTickFindings(price, series([5100, 51, 52, 51]))
    expect(first).toMatchObject([{ path: '$.points[0].v' }])
    expect(messageOf(first)).toEqual([
      '5100 at 2025-06-09T13:30:00.000Z, the first point, is 98 times the next two points (51 and 52)',
    ])
    expect(first[0]!.message).toContain(
      'At an end of the series a tick cannot be seen to come back',
    )
    const last = badTickFindings(price, series([50, 51, 52, 0.52]))
    expect(last).toMatchObject([{ path: '$.points[3].v' }])
    expect(messageOf(last)).toEqual([
      '0.52 at 2025-06-09T13:33:00.000Z, the last point, is 1/98 of the two points before it (51 and 52)',
    ])
  })

  it('judges the last point against the good points before a bad one', () => {
    const findings = badTickFindings(price, series([50, 51, 5100, 52, 0]))
    expect(messageOf(findings)).toEqual([
      '5100 at 2025-06-09T13:32:00.000Z is 98 times the points either side (51 and 52) and 1 more point',
    ])
  })

  it('says nothing of a jump that stays, even for two points, nor of a level held longer than a run', () => {
    expect(badTickFindings(price, series([50, 51, 52, 520, 525]))).toEqual([])
    expect(badTickFindings(price, series([5100, 5200, 52, 51, 50]))).toEqual([])
    // 20 points: a run is at most 3; four points at ten times the price are a level.
    const held = [...Array(8).fill(50), ...Array(4).fill(500), ...Array(8).fill(50)]
    expect(badTickFindings(price, series(held))).toEqual([])
    expect(badTickFindings(price, series([50, 500]))).toEqual([])
  })
  it('looks for runs of up to 5 % of the points, at most 100', () => {
    const held = (length: number, points: number) => {
      const before = Math.floor((points - length) / 2)
      return series(
        Array.from({ length: points }, (_, i) => (i >= before && i < before + length ? 500 : 50)),
      )
    }
    expect(badTickFindings(price, held(50, 1000))).toHaveLength(1)
    expect(badTickFindings(price, held(51, 1000))).toEqual([])
    expect(badTickFindings(price, held(100, 10_000))).toHaveLength(1)
    expect(badTickFindings(price, held(101, 10_000))).toEqual([])
  })
})

describe('feed:check on bad ticks of yields and rates (moves in basis points)', () => {
  it('names a yield a whole percentage point off both sides, in bp', () => {
    const findings = badTickFindings(yieldOf, series([4.25, 4.26, 5.62, 4.27, 4.25]))
    expect(findings).toMatchObject([{ severity: 'warning', path: '$.points[2].v' }])
    expect(messageOf(findings)).toEqual([
      '5.62 at 2025-06-09T13:32:00.000Z is 135 bp above the points either side (4.26 and 4.27)',
    ])
    expect(findings[0]!.message).toContain('(expected a yield or rate in line with its neighbours')
  })

  it('judges negative yields, runs and a last point at zero, and a rate given in %', () => {
    expect(messageOf(badTickFindings(yieldOf, series([-0.5, -0.52, -5.2, -0.51, -0.5])))).toEqual([
      '-5.2 at 2025-06-09T13:32:00.000Z is 468 bp below the points either side (-0.52 and -0.51)',
    ])
    expect(messageOf(badTickFindings(yieldOf, series([4.25, 4.26, 4.27, 0])))).toEqual([
      '0 at 2025-06-09T13:33:00.000Z, the last point, is 426 bp below the two points before it (4.26 and 4.27)',
    ])
    const rate = testInstrument('other', '% a year')
    expect(messageOf(badTickFindings(rate, series([5.3, 5.31, 53.1, 53.2, 5.32, 5.3])))).toEqual([
      '2 points in a row, 53.1 at 2025-06-09T13:32:00.000Z to 53.2 at 2025-06-09T13:33:00.000Z, are 4778 bp above the points either side (5.31 and 5.32)',
    ])
  })

  it('says nothing of real moves: near zero, a flash rally that comes back, a hike that stays', () => {
    // Ten times a yield near zero is 23 bp: a move, not a misplaced decimal point.
    expect(badTickFindings(yieldOf, series([0.01, 0.02, 0.25, 0.02, 0.03]))).toEqual([])
    expect(badTickFindings(yieldOf, series([2.2, 2.15, 1.87, 2.0, 2.18]))).toEqual([])
    expect(badTickFindings(yieldOf, series([9.5, 9.5, 20, 20, 20, 17, 17]))).toEqual([])
    expect(badTickFindings(yieldOf, series([0.3, 0.02, 0.4, 0.5], 'percent-change'))).toEqual([])
  })
})
