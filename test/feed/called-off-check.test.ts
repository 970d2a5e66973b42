// @vitest-environment node
import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { runFeedCheck } from '../../scripts/feed-check'
import { calledOffFeed, writeFeedFolder } from './called-off-feed'

const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

type Json = Record<string, unknown>

/** The called-off feed with its sessions and index changed, checked as a folder. */
async function check(
  change: (sessions: Json[], index: Json) => void = () => {},
  options: { withNextSession?: boolean; strict?: boolean } = {},
) {
  const feed = calledOffFeed(options)
  change((feed['sessions.json'] as { sessions: Json[] }).sessions, feed['index.json'] as Json)
  const folder = writeFeedFolder(feed)
  folders.push(folder)
  return runFeedCheck(folder, { strict: options.strict })
}

const sessionLines = (lines: string[]) => lines.filter((line) => line.startsWith('sessions.json'))

describe('feed:check on postponed and cancelled sessions', () => {
  it('accepts a postponed Day 2 and a cancelled Day 3, even with --strict', async () => {
    const result = await check(() => {}, { strict: true })
    expect(result.lines).toEqual([expect.stringMatching(/^feed-check: OK, \d+ files checked/)])
    expect(result.exitCode).toBe(0)
  })

  it('accepts a postponed session with its new start, and a session taking the cancelled slot', async () => {
    const result = await check(
      (sessions) => {
        sessions.push({
          ...sessions[2],
          id: 'northport-briefing',
          title: 'Briefing in place of Day 3',
          status: 'concluded',
          end: '2025-09-17T11:00:00+01:00',
        })
      },
      { withNextSession: true, strict: true },
    )
    expect(sessionLines(result.lines)).toEqual([])
    expect(result.exitCode).toBe(0)
  })

  it('names the statuses it reads when a session has another', async () => {
    const result = await check((sessions) => (sessions[1]!.status = 'called-off'))
    expect(result.exitCode).toBe(1)
    expect(result.lines).toContain(
      'sessions.json  $.sessions[1].status  Invalid option: expected one of "scheduled"|"in-session"|"concluded"|"postponed"|"cancelled" (got "called-off")',
    )
  })
})

describe('feed:check on a session left "scheduled" after it was to take place', () => {
  it('warns a day after its end: a likely stale status', async () => {
    const result = await check((sessions, index) => {
      sessions[2]!.status = 'scheduled' // Day 3, to end 17 Sep 17:00
      index.generatedAt = '2025-09-18T18:00:00+01:00'
    })
    expect(result.exitCode).toBe(0)
    expect(sessionLines(result.lines)).toEqual([
      'sessions.json  $.sessions[2].status  warning: "scheduled" for a session that was to end at 2025-09-17T17:00:00+01:00, more than a day before the feed was generated (generatedAt 2025-09-18T18:00:00+01:00) (expected "concluded" once it took place, "postponed" or "cancelled" if it did not: likely a status not updated; the page reads it as concluded by its schedule)',
    ])
  })

  it('with no end, a day after its start; not before', async () => {
    const sameDay = await check((sessions, index) => {
      sessions[2]!.status = 'scheduled'
      sessions[2]!.end = null
      index.generatedAt = '2025-09-18T09:00:00+01:00'
    })
    expect(sessionLines(sameDay.lines)).toEqual([])
    const dayOn = await check((sessions, index) => {
      sessions[2]!.status = 'scheduled'
      sessions[2]!.end = null
      index.generatedAt = '2025-09-18T11:00:00+01:00'
    })
    expect(sessionLines(dayOn.lines)).toEqual([
      'sessions.json  $.sessions[2].status  warning: "scheduled" for a session that was to start at 2025-09-17T10:00:00+01:00, more than a day before the feed was generated, with no end (generatedAt 2025-09-18T11:00:00+01:00) (expected "in-session" or "concluded" once it began, "postponed" or "cancelled" if it did not: likely a status not updated; the page reads it as in session by its schedule)',
    ])
    expect(dayOn.exitCode).toBe(0)
  })
})

describe('feed:check on rescheduledTo', () => {
  it('warns on a new start given to a session that is not postponed, or not after its start', async () => {
    const result = await check((sessions) => {
      sessions[0]!.rescheduledTo = '2025-09-20T10:00:00+01:00' // Day 1, concluded
      sessions[1]!.rescheduledTo = '2025-09-16T09:00:00+01:00' // Day 2, before its 10:00
    })
    expect(sessionLines(result.lines)).toEqual([
      'sessions.json  $.sessions[0].rescheduledTo  warning: rescheduledTo on a session whose status is "concluded" (expected it only with "postponed"; the page ignores it otherwise: once the session goes ahead, its new start belongs in start)',
      'sessions.json  $.sessions[1].rescheduledTo  warning: rescheduledTo 2025-09-16T09:00:00+01:00 is not after the start it was postponed from (2025-09-16T10:00:00+01:00) (expected a later start; start keeps the planned one)',
    ])
    expect(result.exitCode).toBe(0)
  })

  it('warns on a new start that came more than a day before the feed was written', async () => {
    const result = await check(
      (_sessions, index) => (index.generatedAt = '2025-09-20T11:00:00+01:00'),
      { withNextSession: true },
    )
    expect(sessionLines(result.lines)).toContainEqual(
      'sessions.json  $.sessions[1].rescheduledTo  warning: postponed to 2025-09-19T10:00:00+01:00, more than a day before the feed was generated (generatedAt 2025-09-20T11:00:00+01:00) (expected the session\'s status updated once its new start came: its new start in start, status "scheduled", "in-session" or "concluded")',
    )
  })
})
