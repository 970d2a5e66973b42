// @vitest-environment node
import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runFeedCheck } from '../../scripts/feed-check'
import { threeRoundsFeed } from './three-rounds-feed'
import { zonedTimeToUtc } from '../../src/lib/zoned-time'

const root = fileURLToPath(new URL('../../', import.meta.url))
const fixtures = join(root, 'mocks/fixtures')
const run = promisify(execFile)
const folders: string[] = []

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data surgery on parsed JSON
type Json = Record<string, any>

function copyOfDemo(): string {
  const folder = mkdtempSync(join(tmpdir(), 'feed-rules-'))
  folders.push(folder)
  cpSync(fixtures, folder, { recursive: true })
  return folder
}

function edit(folder: string, file: string, change: (json: Json) => void) {
  const path = join(folder, file)
  const json = JSON.parse(readFileSync(path, 'utf8'))
  change(json)
  writeFileSync(path, JSON.stringify(json, null, 2))
}

afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

describe('feed:check rules: errors', () => {
  let folder: string
  beforeAll(() => {
    folder = copyOfDemo()
    edit(folder, 'markets.json', (json) => {
      json.instruments[0].last = 9999 // spx: the series ends at 6005.88
      json.instruments[1].asOf = '2025-06-09T12:00:00-04:00' // ixic: before its last point (20:00Z)
    })
    edit(folder, 'series/brent.json', (json) => {
      json.reference.at = '2025-06-11T20:00:00Z' // after its last point: a close still to come
    })
    edit(folder, 'index.json', (json) => {
      json.rounds.push({
        id: 'geneva-2025-05',
        name: 'Geneva round',
        location: 'Geneva',
        venue: null,
        timeZone: 'Europe/Zurich',
      })
    })
    edit(folder, 'quotes.json', (json) => {
      json.quotes[0].roundId = 'geneva-2025-05' // its session london-day-1 is in the London round
    })
    edit(folder, 'sessions.json', (json) => {
      json.sessions[0].end = '2025-06-10T10:30:00+01:00' // Day 1 runs past Day 2's start (10:00)
    })
  })

  it('finds each planted error, with file, JSON path, what was found and what was expected, and fails', async () => {
    const result = await runFeedCheck(folder)
    expect(result.exitCode).toBe(1)
    expect(result.lines).toEqual(
      expect.arrayContaining([
        'sessions.json  $.sessions[1].start  starts at 2025-06-10T10:00:00+01:00, before "london-day-1" of the same round ends (2025-06-10T10:30:00+01:00) (expected sessions of one round not to overlap)',
        'quotes.json  $.quotes[0].roundId  roundId "geneva-2025-05" disagrees with its session "london-day-1", which is in round "london-2025-06" (expected the session\'s round)',
        'markets.json  $.instruments[0].last  last 9999 disagrees with the last point of series/spx.json (6005.88 at 2025-06-09T20:00:00Z) (expected the same figure: the panel would show both)',
        "markets.json  $.instruments[1].asOf  asOf 2025-06-09T12:00:00-04:00 is before the last point of series/ixic.json (2025-06-09T20:00:00Z) (expected asOf at or after the series' last point)",
        expect.stringMatching(
          /^series\/brent\.json {2}\$\.reference\.at {2}reference close at 2025-06-11T20:00:00Z is after the series' last point \(2025-06-1\d.*\) \(expected the close before its points/,
        ),
      ]),
    )
    expect(result.problems).toHaveLength(5)
    expect(result.lines.at(-1)).toMatch(/^feed-check: 5 problems in 4 of 12 files at /)
  })

  it('refuses a series larger than the dashboard reads (5 MB)', async () => {
    const big = copyOfDemo()
    edit(big, 'series/brent.json', (json) => {
      json.note = 'x'.repeat(6 * 1024 * 1024)
    })
    const result = await runFeedCheck(big)
    expect(result.exitCode).toBe(1)
    expect(result.lines).toContainEqual(
      expect.stringMatching(
        /^series\/brent\.json {2}\$ {2}6\.02 MB \(expected at most 5 MB: the dashboard refuses larger documents; no one views that long a window/,
      ),
    )
  })
})

describe('feed:check rules: a session under way or over that starts after the feed was written', () => {
  it('warns on its status and still passes; a scheduled one is not named', async () => {
    const folder = copyOfDemo()
    edit(folder, 'sessions.json', (json) => {
      // Day 2 (10:00 London, after generatedAt 09:15) marked as over: the header would skip it.
      json.sessions[1].status = 'concluded'
    })
    const result = await runFeedCheck(folder)
    expect(result.exitCode).toBe(0)
    expect(result.lines).toContain(
      'sessions.json  $.sessions[1].status  warning: "concluded" for a session that starts at 2025-06-10T10:00:00+01:00, after the feed was generated (generatedAt 2025-06-10T09:15:00+01:00) (expected "scheduled": is its start\'s UTC offset right, or its status?)',
    )
    const demo = await runFeedCheck(copyOfDemo())
    expect(demo.lines.filter((line) => line.startsWith('sessions.json'))).toEqual([])
  })
})

describe('feed:check rules: a session still "in session" when the feed was written', () => {
  it('warns when its end had passed, or when it had run for more than a day with none', async () => {
    const ended = copyOfDemo()
    edit(ended, 'sessions.json', (json) => {
      // Day 1 ended at ~19:00 on 9 June, before the feed (09:15 on 10 June), and is not marked over.
      json.sessions[0].status = 'in-session'
    })
    const endedResult = await runFeedCheck(ended)
    expect(endedResult.exitCode).toBe(0)
    expect(endedResult.lines).toContain(
      'sessions.json  $.sessions[0].status  warning: "in-session" for a session that ended at 2025-06-09T19:00:00+01:00, before the feed was generated (generatedAt 2025-06-10T09:15:00+01:00) (expected "concluded")',
    )

    const open = copyOfDemo()
    edit(open, 'sessions.json', (json) => {
      json.sessions[0].status = 'in-session'
      json.sessions[0].end = null
    })
    // Twenty hours after Day 1 began: a long session, not yet a mistake.
    const sameDay = await runFeedCheck(open)
    expect(sameDay.lines.filter((line) => line.startsWith('sessions.json'))).toEqual([])
    edit(open, 'index.json', (json) => (json.generatedAt = '2025-06-11T09:15:00+01:00'))
    const nextDay = await runFeedCheck(open)
    expect(nextDay.lines).toContain(
      'sessions.json  $.sessions[0].status  warning: "in-session" since 2025-06-09T13:00:00+01:00 with no end, more than a day before the feed was generated (generatedAt 2025-06-11T09:15:00+01:00) (expected "concluded" with its end, once it is over: the page counts it as in session for as long as it is open)',
    )
  })
})

describe('feed:check rules: warnings', () => {
  let folder: string
  beforeAll(() => {
    folder = copyOfDemo()
    edit(folder, 'series/spx.json', (json) => {
      // Saturday 03:00 in New York, when the S&P 500 is closed; kept in time order.
      json.points.unshift({ t: '2025-06-07T07:00:00Z', v: 5990 })
    })
    edit(folder, 'quotes.json', (json) => {
      json.quotes[7].saidAt = '2025-05-01T08:00:00-04:00' // Hassett, weeks before the London round
    })
    edit(folder, 'developments.json', (json) => {
      // Beijing's 19:00 written as UTC: after the feed was generated (09:15 London, 08:15Z).
      json.developments[0].at = '2025-06-10T19:00:00Z'
    })
    edit(folder, 'series/brent.json', (json) => {
      // Brent's last price (09:00 London) written as 09:00Z: after the feed was generated.
      json.points.at(-1).t = '2025-06-10T09:00:00Z'
    })
    edit(folder, 'markets.json', (json) => {
      json.instruments[4].asOf = '2025-06-10T09:00:00Z'
    })
  })

  it('warns on a point while the market is closed, a time outside every round and times after the feed was written, and still passes', async () => {
    const result = await runFeedCheck(folder)
    expect(result.problems).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.lines).toEqual([
      'developments.json  $.developments[0].at  warning: 2025-06-10T19:00:00Z is after the feed was generated (generatedAt 2025-06-10T09:15:00+01:00) (expected a time that has passed: is its UTC offset right, or is generatedAt in index.json out of date?)',
      "quotes.json  $.quotes[7].saidAt  warning: 2025-05-01T08:00:00-04:00 is outside every round's dates (expected a time within a round; the nearest is London round 2025-06-09…2025-06-10; give a round its own start and end if it is longer than its sessions)",
      'markets.json  $.instruments[4].asOf  warning: 2025-06-10T09:00:00Z is after the feed was generated (generatedAt 2025-06-10T09:15:00+01:00) (expected a time that has passed: is its UTC offset right, or is generatedAt in index.json out of date?)',
      'series/spx.json  $.points[0].t  warning: point at 2025-06-07T07:00:00Z (Saturday 03:00 America/New_York) while the market is closed by its tradingHours in markets.json (expected points only while it is open)',
      'series/brent.json  $.points[361].t  warning: point at 2025-06-10T09:00:00Z after the feed was generated (generatedAt 2025-06-10T09:15:00+01:00) (expected prices that have happened: is its UTC offset right, or is generatedAt in index.json out of date?)',
      `feed-check: OK with 5 warnings in 5 of 12 files at ${folder}`,
    ])
  })

  it('fails on warnings with --strict', async () => {
    const result = await runFeedCheck(folder, { strict: true })
    expect(result.exitCode).toBe(1)
    expect(result.lines.at(-1)).toBe(
      `feed-check: FAILED (--strict) with 5 warnings in 5 of 12 files at ${folder}`,
    )
  })

  it(
    'the CLI takes --strict and exits 1 on warnings, 0 without it',
    { timeout: 60_000 },
    async () => {
      const cli = async (...args: string[]) => {
        try {
          await run('npx', ['tsx', 'scripts/feed-check.ts', ...args], { cwd: root })
          return 0
        } catch (error) {
          return (error as { code?: number }).code ?? -1
        }
      }
      expect(await cli(folder)).toBe(0)
      expect(await cli('--strict', folder)).toBe(1)
    },
  )
})

describe('feed:check rules: a long daily series', () => {
  it('flags only the weekend point in two years of closes at the close, not the second year', async () => {
    const folder = copyOfDemo()
    const closes: { t: string; v: number }[] = []
    for (let day = Date.UTC(2023, 5, 12); day <= Date.UTC(2025, 5, 9); day += 86_400_000) {
      const date = new Date(day)
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue
      const t = zonedTimeToUtc(date.toISOString().slice(0, 10), '16:00', 'America/New_York')
      closes.push({ t: t.toISOString(), v: 6000.48 })
    }
    closes[closes.length - 1]!.v = 6005.88
    const saturday = closes.findIndex((p) => p.t > '2025-03-15') // a year and nine months in
    closes.splice(saturday, 0, { t: '2025-03-15T16:00:00.000Z', v: 6000.48 })
    edit(folder, 'series/spx.json', (json) => {
      json.interval = '1d'
      json.points = closes
    })
    const result = await runFeedCheck(folder)
    expect(result.lines.filter((line) => line.startsWith('series/spx.json'))).toEqual([
      `series/spx.json  $.points[${saturday}].t  warning: point at 2025-03-15T16:00:00.000Z (Saturday 12:00 America/New_York) while the market is closed by its tradingHours in markets.json (expected points only while it is open)`,
    ])
  })
})

describe('feed:check output: the same problem at many points', () => {
  it('is one line, while the summary counts each', async () => {
    const folder = copyOfDemo()
    edit(folder, 'series/dxy.json', (json) => {
      for (const point of json.points.slice(0, 40)) point.v = null
    })
    const result = await runFeedCheck(folder)
    expect(result.problems).toHaveLength(40)
    expect(result.lines).toEqual([
      'series/dxy.json  $.points[0].v  expected a number, got null (and 39 more, to $.points[39].v)',
      `feed-check: 40 problems in 1 of 12 files at ${folder}`,
    ])
  })
})

describe('feed:check rules: announcement times', () => {
  it('warns on an announcement after the start, and on a session announced before its round', async () => {
    const folder = copyOfDemo()
    edit(folder, 'index.json', (json) => {
      json.rounds[0].announcedAt = '2025-06-07T12:00:00Z'
    })
    edit(folder, 'sessions.json', (json) => {
      json.sessions[0].announcedAt = '2025-06-06T12:00:00Z'
      json.sessions[1].announcedAt = '2025-06-10T12:00:00+01:00' // two hours after Day 2 began
    })
    const result = await runFeedCheck(folder)
    expect(result.exitCode).toBe(0)
    expect(result.lines).toEqual([
      'sessions.json  $.sessions[0].announcedAt  warning: announced at 2025-06-06T12:00:00Z, before its round "london-2025-06" (announced at 2025-06-07T12:00:00Z) (expected the round to be known first: a replay in between would show the session without its round)',
      'sessions.json  $.sessions[1].announcedAt  warning: announced at 2025-06-10T12:00:00+01:00, after the session began (2025-06-10T10:00:00+01:00) (expected an announcement at or before the start: a replay would list it only once under way)',
      `feed-check: OK with 2 warnings in 1 of 12 files at ${folder}`,
    ])
    edit(folder, 'index.json', (json) => {
      json.rounds[0].announcedAt = '2025-06-09T14:00:00+01:00' // an hour after Day 1 began
    })
    expect((await runFeedCheck(folder)).lines[0]).toBe(
      'index.json  $.rounds[0].announcedAt  warning: announced at 2025-06-09T14:00:00+01:00, after the round began (2025-06-09T12:00:00.000Z) (expected an announcement at or before the start: a replay would list the round only once under way)',
    )
  })

  it('still checks the rounds that could be read beside one that could not, at their own paths', async () => {
    const folder = copyOfDemo()
    edit(folder, 'index.json', (json) => {
      json.rounds.unshift({ ...json.rounds[0], id: 'test-bad-zone', timeZone: 'Europe/Londn' })
      json.rounds[1].announcedAt = '2025-06-09T14:00:00+01:00' // an hour after Day 1 began
    })
    const result = await runFeedCheck(folder)
    expect(result.lines).toEqual([
      'index.json  $.rounds[0].timeZone  invalid value (got "Europe/Londn") (expected an IANA time zone such as Europe/London)',
      'index.json  $.rounds[1].announcedAt  warning: announced at 2025-06-09T14:00:00+01:00, after the round began (2025-06-09T12:00:00.000Z) (expected an announcement at or before the start: a replay would list the round only once under way)',
      `feed-check: 1 problem and 1 warning in 1 of 12 files at ${folder}`,
    ])
  })
})

describe('feed:check rules: good feeds', () => {
  it('passes the demo under --strict', async () => {
    const result = await runFeedCheck(fixtures, { strict: true })
    expect(result.lines).toEqual([`feed-check: OK, 12 files checked at ${fixtures}, no problems`])
  })

  it('passes the three-round test feed, a quote placed in New York included, under --strict', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'feed-rules-'))
    folders.push(folder)
    mkdirSync(join(folder, 'series'))
    for (const [path, document] of Object.entries(threeRoundsFeed()))
      writeFileSync(join(folder, path), JSON.stringify(document))
    const result = await runFeedCheck(folder, { strict: true })
    expect(result.lines).toEqual([`feed-check: OK, 6 files checked at ${folder}, no problems`])
  })
})
