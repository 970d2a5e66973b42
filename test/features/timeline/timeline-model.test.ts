import { describe, expect, it } from 'vitest'
import sessionsFixture from '../../../mocks/fixtures/sessions.json'
import developmentsFixture from '../../../mocks/fixtures/developments.json'
import quotesFixture from '../../../mocks/fixtures/quotes.json'
import issuesFixture from '../../../mocks/fixtures/issues.json'
import { documentSchemas } from '../../../src/feed/schemas/documents'
import {
  buildTimeline,
  maxMarkersInRow,
  runShownMarkers,
} from '../../../src/features/timeline/timeline-model'
import { nextSession, sessionTiming } from '../../../src/features/timeline/session-timing'
import { touchesOfIssues } from '../../../src/features/timeline/issue-touches'
import {
  describeTalksNow,
  formatCountdown,
  statusAt,
  talksSign,
} from '../../../src/features/timeline/talks-now'

const { sessions } = documentSchemas.sessions.parse(sessionsFixture)
const { developments } = documentSchemas.developments.parse(developmentsFixture)
const { quotes } = documentSchemas.quotes.parse(quotesFixture)
const { issues } = documentSchemas.issues.parse(issuesFixture)
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const day1 = sessions.find((s) => s.id === 'london-day-1')!
const day2 = sessions.find((s) => s.id === 'london-day-2')!

describe('buildTimeline', () => {
  it('puts sessions, developments and quote markers in time order with the now line before Day 2', () => {
    const keys = buildTimeline(sessions, developments, quotes, articleMoment).map((e) => e.key)
    expect(keys).toEqual([
      'development:china-ppi-deflation', // 09:30 Beijing = 02:30 London
      'development:china-may-exports-to-us', // 11:00 Beijing
      'quotes:xing-calibrated-tool', // 12:00 Beijing
      'development:mofcom-rare-earth-licences', // 16:00 Beijing: the development before the quote at the same moment
      'quotes:mofcom-case-by-case',
      'session:london-day-1', // 13:00 London: the session before the quote at the same moment
      'quotes:hassett-high-end-nvidia',
      'quotes:bessent-good',
      'quotes:lutnick-fruitful',
      'development:yuyuantantian-commentary',
      'quotes:yuyuantantian-realistic-view',
      'quotes:trump-good-reports',
      'development:us-handshake-before-easing',
      'now',
      'session:london-day-2',
    ])
  })

  it('groups what one person said at one moment into one marker', () => {
    const entries = buildTimeline(sessions, developments, quotes, articleMoment)
    const trump = entries.find((e) => e.key === 'quotes:trump-good-reports')
    expect(trump?.kind === 'quotes' && trump.quotes.map((q) => q.id)).toEqual([
      'trump-good-reports',
      'trump-good-start',
      'trump-china-not-easy',
      'trump-well-see',
      'trump-open-up-china',
    ])
  })

  it('moves the now line past a session that has started, which then reads as in session', () => {
    const at1030 = Date.parse('2025-06-10T10:30:00+01:00')
    const entries = buildTimeline(sessions, developments, quotes, at1030)
    expect(entries.slice(-2).map((e) => e.key)).toEqual(['session:london-day-2', 'now'])
    const day2Entry = entries.find((e) => e.key === 'session:london-day-2')
    expect(day2Entry?.kind === 'session' && day2Entry.status).toBe('in-session')
  })

  it('puts the now line first when nothing has happened yet, and keeps an empty feed to the now line', () => {
    expect(
      buildTimeline(sessions, developments, quotes, Date.parse('2025-01-01T00:00:00Z'))[0]?.key,
    ).toBe('now')
    expect(buildTimeline([], [], [], articleMoment).map((e) => e.key)).toEqual(['now'])
  })
})

describe('session status and timing', () => {
  it('reads Day 1 as concluded and Day 2 as scheduled at the article moment', () => {
    expect(statusAt(day1, articleMoment)).toBe('concluded')
    expect(statusAt(day2, articleMoment)).toBe('scheduled')
    expect(sessionTiming(day1, articleMoment)).toEqual({
      status: 'concluded',
      duration: 6 * 3600_000,
    })
    expect(sessionTiming(day2, articleMoment)).toEqual({
      status: 'scheduled',
      startsAt: Date.parse(day2.start),
      duration: null,
    })
    expect(nextSession(sessions, articleMoment)?.id).toBe('london-day-2')
  })

  it('reads a scheduled session whose start has passed as in session by its schedule, with an open end', () => {
    const at = Date.parse('2025-06-10T11:00:00+01:00')
    expect(sessionTiming(day2, at)).toEqual({
      status: 'in-session',
      since: Date.parse(day2.start),
      plannedEnd: null,
    })
    expect(nextSession(sessions, at)).toBeNull()
    expect(describeTalksNow(sessions, at, 'Europe/London', 'London').text).toBe(
      'Day 2 in session since 10:00 London (1 h; by its schedule; the feed has not said it began)',
    )
  })

  it('dates the start of a session still running on another day (one the feed never ended)', () => {
    // Test data: the demo's Day 2 as a feed would list it once it began, with no end.
    const running = sessions.map((s) =>
      s.id === 'london-day-2' ? { ...s, status: 'in-session' as const } : s,
    )
    const nextMorning = Date.parse('2025-06-11T09:00:00+01:00')
    expect(describeTalksNow(running, nextMorning, 'Europe/London', 'London').text).toBe(
      'Day 2 in session since Tue 10:00 London (23 h)',
    )
    const dayLater = Date.parse('2025-06-11T10:00:00+01:00')
    expect(describeTalksNow(running, dayLater, 'Europe/London', 'London').text).toBe(
      'Day 2 in session since Tue 10:00 London (1 d; the feed gives no end)',
    )
    const monthsLater = Date.parse('2026-03-02T12:00:00Z')
    expect(describeTalksNow(running, monthsLater, 'Europe/London', 'London').text).toMatch(
      /^Day 2 in session since 10 Jun 2025, 10:00 London \(265 d \d+ h; the feed gives no end\)$/,
    )
    // Listed as scheduled, it is in session by its schedule alone, and the line says so.
    expect(describeTalksNow(sessions, dayLater, 'Europe/London', 'London').text).toBe(
      'Day 2 in session since Tue 10:00 London (1 d; by its schedule; the feed has not said it began)',
    )
  })

  it('says how long until the next session', () => {
    expect(describeTalksNow(sessions, articleMoment, 'Europe/London', 'London').text).toBe(
      'Day 2 starts in 45 min (10:00 London)',
    )
  })

  it('gives the venue’s date beside the clock of a start a day or more away', () => {
    // Two days before Day 2: "in 2 d 3 h (10:00 London)" left the day to be worked out.
    const twoDaysBefore = Date.parse('2025-06-08T07:00:00+01:00')
    expect(describeTalksNow(sessions, twoDaysBefore, 'Europe/London', 'London').text).toBe(
      'Day 2 starts in 2 d 3 h (10 Jun 10:00 London)',
    )
  })

  it('gives a start a week or more away by its date, not as hundreds of hours', () => {
    const threeWeeksBefore = Date.parse('2025-05-20T09:00:00+01:00')
    expect(describeTalksNow(sessions, threeWeeksBefore, 'Europe/London', 'London').text).toBe(
      'Day 2 starts 10 Jun (10:00 London)',
    )
  })

  it('once every session is over, says when the last one ended, in the venue’s calendar', () => {
    // Test data: the demo's Day 2 given an end, read a year and a half later.
    const ended = sessions.map((s) =>
      s.id === 'london-day-2'
        ? { ...s, end: '2025-06-10T23:30:00+01:00', status: 'concluded' as const }
        : s,
    )
    const later = Date.parse('2026-12-04T09:00:00Z')
    expect(describeTalksNow(ended, later, 'Europe/London', 'London').text).toBe(
      'Day 2 concluded 10 Jun 2025',
    )
  })

  it('signs each state: a tick only once a session has concluded, not for a feed with none', () => {
    const sign = (list: typeof sessions, at: number) =>
      talksSign(describeTalksNow(list, at, 'Europe/London', 'London'))
    expect(sign(sessions, articleMoment)).toBe('◷')
    expect(sign(sessions, Date.parse('2025-06-10T11:00:00+01:00'))).toBe('●')
    expect(sign(sessions.slice(0, 1), articleMoment)).toBe('✓')
    expect(sign([], articleMoment)).toBe('○')
  })
})

describe('touchesOfIssues', () => {
  const touchesOf = (issue: (typeof issues)[number], cap?: number) =>
    touchesOfIssues(issues, sessions, quotes, developments, cap).get(issue.id)!

  it('lists the sessions and quotes on an open issue’s topic in time order, and counts its developments', () => {
    const rare = issues.find((i) => i.topicId === 'rare-earths')!
    const touches = touchesOf(rare)
    expect(touches.sessions.map((s) => s.id)).toEqual(['london-day-1', 'london-day-2'])
    expect(touches.developmentCount).toBe(2)
    expect(touches.quoteCount).toBe(3)
    expect(touches.quotes.map((q) => q.id)).toEqual([
      'xing-calibrated-tool',
      'mofcom-case-by-case',
      'trump-open-up-china',
    ])
  })

  it('keeps only the latest quotes when capped, still counting them all', () => {
    const rare = issues.find((i) => i.topicId === 'rare-earths')!
    const touches = touchesOf(rare, 2)
    expect(touches.quotes.map((q) => q.id)).toEqual(['mofcom-case-by-case', 'trump-open-up-china'])
    expect(touches.quoteCount).toBe(3)
  })
})

describe('formatCountdown', () => {
  it('rounds up to the minute, and counts the last minute in seconds', () => {
    expect(formatCountdown(45 * 60_000)).toBe('45 min')
    expect(formatCountdown(45 * 60_000 - 500)).toBe('45 min')
    expect(formatCountdown(44 * 60_000)).toBe('44 min')
    expect(formatCountdown(61 * 60_000 + 1)).toBe('1 h 2 min')
    expect(formatCountdown(30_000)).toBe('30 s')
  })
})

describe('folding long runs of quote markers', () => {
  const now = Date.parse('2025-06-10T09:15:00+01:00')

  it('leaves the demo feed as it is: every quote marker on its own', () => {
    const entries = buildTimeline(sessions, developments, quotes, now)
    expect(entries.some((e) => e.kind === 'quote-run')).toBe(false)
    const markers = entries.flatMap((e) => (e.kind === 'quotes' ? e.quotes : []))
    expect(markers).toHaveLength(quotes.length)
  })

  it('folds more than the limit of markers in a row into one run that keeps count of every quote', () => {
    const template = quotes[0]
    if (!template) throw new Error('no quotes')
    const start = Date.parse('2025-06-09T06:00:00Z')
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `gen-${i}`,
      personId: i % 2 ? 'scott-bessent' : 'donald-trump',
      saidAt: new Date(start + i * 15_000).toISOString(),
    }))
    const entries = buildTimeline(sessions, developments, many, now)
    expect(entries.length).toBeLessThan(sessions.length + developments.length + 40)
    let counted = 0
    for (const entry of entries) {
      if (entry.kind === 'quotes') counted += entry.quotes.length
      if (entry.kind === 'quote-run') {
        expect(entry.shown).toHaveLength(runShownMarkers)
        expect(entry.hidden + entry.shown.flat().length).toBe(entry.quotes.length)
        expect(entry.to).toBeGreaterThanOrEqual(entry.from)
        counted += entry.quotes.length
      }
    }
    expect(counted).toBe(10_000)
    // Exactly at the limit nothing is folded.
    const few = many
      .slice(0, maxMarkersInRow)
      .map((q, i) => ({ ...q, saidAt: new Date(start + i * 1000).toISOString() }))
    expect(buildTimeline([], [], few, start - 1).some((e) => e.kind === 'quote-run')).toBe(false)
  })
})
