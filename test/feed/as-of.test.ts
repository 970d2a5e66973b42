// @vitest-environment node
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dayMove } from '../../src/lib/move-unit'
import {
  developmentsAsOf,
  indexAsOf,
  isKnownThroughSessions,
  instrumentAsOf,
  instrumentsAsOf,
  issuesAsOf,
  quotesAsOf,
  seriesAsOf,
  sessionStatusAt,
  sessionsAsOf,
  sessionsKnownAt,
} from '../../src/feed/as-of'
import { documentSchemas } from '../../src/feed/schemas/documents'
import type { Series } from '../../src/feed/schemas/types'
import { hasReplaySpan, replaySpan } from '../../src/feed/replay-span'

const fixtures = new URL('../../mocks/fixtures/', import.meta.url)
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'))

const index = documentSchemas.index.parse(read('index.json'))
const { sessions } = documentSchemas.sessions.parse(read('sessions.json'))
const { developments } = documentSchemas.developments.parse(read('developments.json'))
const { quotes } = documentSchemas.quotes.parse(read('quotes.json'))
const issuesDoc = documentSchemas.issues.parse(read('issues.json'))
const { instruments } = documentSchemas.markets.parse(read('markets.json'))
const seriesList: Series[] = readdirSync(new URL('series/', fixtures)).map((file) =>
  documentSchemas.series.parse(read(`series/${file}`)),
)
const seriesById = new Map(seriesList.map((s) => [s.instrumentId, s]))

const t = (iso: string) => Date.parse(iso)
const pinnedNow = t(index.pinnedNow ?? '')
const span = replaySpan({ sessions, developments, quotes, series: seriesList }, pinnedNow)!

function cutAll(at: number) {
  return {
    index: indexAsOf(index, at),
    sessions: sessionsKnownAt(sessions, at),
    developments: developmentsAsOf(developments, at),
    quotes: quotesAsOf(quotes, at),
    issues: issuesAsOf(issuesDoc, at),
    instruments: instrumentsAsOf(instruments, seriesById, at).map((r) => r.instrument),
    series: seriesList.map((s) => seriesAsOf(s, at)),
  }
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id)
const instantArb = fc.integer({ min: span.start - 3_600_000, max: span.end + 3_600_000 })

describe('as-of cut of the demo feed', () => {
  it('at the article moment is the feed as published (sessions, quotes, developments, markets)', () => {
    const cut = cutAll(pinnedNow)
    expect(cut.sessions).toEqual(sessions)
    expect(cut.developments).toEqual(developments)
    expect(cut.quotes).toEqual(quotes)
    expect(cut.instruments).toEqual(instruments)
    expect(cut.index.pinnedNow).toBe(new Date(pinnedNow).toISOString())
  })

  it('sessions: scheduled before the start, in session during, concluded after; an end after t is unknown', () => {
    const day1 = sessions.find((s) => s.id === 'london-day-1')!
    expect(sessionStatusAt(day1, t('2025-06-09T11:59:59Z'))).toBe('scheduled')
    expect(sessionStatusAt(day1, t('2025-06-09T12:00:00Z'))).toBe('in-session')
    expect(sessionStatusAt(day1, t('2025-06-09T18:00:00Z'))).toBe('concluded')

    const during = sessionsAsOf(sessions, t('2025-06-09T15:00:00Z'))
    const day1During = during.find((s) => s.id === 'london-day-1')!
    expect(day1During).toMatchObject({ status: 'in-session', end: null, outcomeSignals: [] })
    expect(day1During.durationNote).toBeUndefined()
    // Day 2 was announced in advance: listed, scheduled
    expect(during.find((s) => s.id === 'london-day-2')).toMatchObject({
      status: 'scheduled',
      end: null,
    })

    const before = sessionsAsOf(sessions, t('2025-06-09T06:00:00Z'))
    expect(before.map((s) => s.status)).toEqual(['scheduled', 'scheduled'])
    // Replay: before the round's first session, as the feed gives no time they were announced.
    expect(sessionsKnownAt(sessions, t('2025-06-09T06:00:00Z'))).toEqual([])
    expect(ids(sessionsKnownAt(sessions, t('2025-06-09T12:00:00Z')))).toEqual([
      'london-day-1',
      'london-day-2',
    ])

    // The demo's Day 2 is scheduled in the feed (written before it began): a cut after its start
    // does not say it began. One the feed lists as in session, without an end, is from its start.
    const day2 = sessions.find((s) => s.id === 'london-day-2')!
    expect(sessionStatusAt(day2, t('2025-06-10T09:30:00Z'))).toBe('scheduled')
    const day2Running = { ...day2, status: 'in-session' as const }
    expect(sessionStatusAt(day2Running, t('2025-06-10T08:59:59Z'))).toBe('scheduled')
    expect(sessionStatusAt(day2Running, t('2025-06-10T09:30:00Z'))).toBe('in-session')
  })

  it('a session or round is known from its announcedAt, else from its start, else through its sessions', () => {
    // Test data: Day 2 given an announcement time the evening before Day 1.
    const announced = sessions.map((s) =>
      s.id === 'london-day-2' ? { ...s, announcedAt: '2025-06-08T20:00:00Z' } : s,
    )
    expect(ids(sessionsKnownAt(announced, t('2025-06-08T19:00:00Z')))).toEqual([])
    expect(ids(sessionsKnownAt(announced, t('2025-06-09T06:00:00Z')))).toEqual(['london-day-2'])
    const round = index.rounds[0]!
    const rounds = [
      {
        ...round,
        id: 'announced',
        announcedAt: '2025-05-01T00:00:00Z',
        start: '2025-06-20T08:00:00Z',
      },
      { ...round, id: 'dated', start: '2025-06-20T08:00:00Z' },
      { ...round, id: 'undated' },
    ]
    const cut = indexAsOf({ ...index, rounds }, t('2025-06-10T00:00:00Z'))
    expect(ids(cut.rounds)).toEqual(['announced', 'undated'])
    expect(cut.heldBack).toBe(1)
    expect(cut.rounds.map(isKnownThroughSessions)).toEqual([false, true])
    expect(isKnownThroughSessions(rounds[2]!)).toBe(false)
    expect(ids(indexAsOf({ ...index, rounds }, t('2025-06-20T08:00:00Z')).rounds)).toEqual([
      'announced',
      'dated',
      'undated',
    ])
  })

  it('quotes and developments: only those said or dated at or before t', () => {
    const at = t('2025-06-09T18:30:00Z') // Bessent and Lutnick after Day 1
    const cut = cutAll(at)
    expect(ids(cut.quotes)).toContain('bessent-good')
    expect(ids(cut.quotes)).not.toContain('trump-good-reports')
    expect(ids(cut.quotes)).toContain('xing-calibrated-tool')
    expect(ids(cut.developments)).toContain('china-may-exports-to-us')
    expect(ids(cut.developments)).not.toContain('yuyuantantian-commentary')
    expect(cutAll(at - 1).quotes.map((q) => q.id)).not.toContain('bessent-good')
  })

  it('issues and scenarios are unchanged', () => {
    expect(issuesAsOf(issuesDoc, span.start)).toBe(issuesDoc)
  })

  it('series: points cut at t', () => {
    const spx = seriesById.get('spx')!
    const cut = seriesAsOf(spx, t('2025-06-09T14:00:00Z'))
    expect(cut.points.length).toBeGreaterThan(0)
    expect(cut.points.length).toBeLessThan(spx.points.length)
    expect(cut.points.every((p) => t(p.t) <= t('2025-06-09T14:00:00Z'))).toBe(true)
  })

  it('instrument on a level basis: last point at or before t, change % against the reference close', () => {
    const spxSeries = seriesById.get('spx')!
    const at = t('2025-06-09T15:02:00Z')
    const expected = spxSeries.points.filter((p) => t(p.t) <= at).at(-1)!
    const { instrument, unavailable } = instrumentAsOf(
      instruments.find((i) => i.id === 'spx')!,
      spxSeries,
      at,
    )
    expect(unavailable).toBeNull()
    expect(instrument.last).toBe(expected.v)
    expect(instrument.asOf).toBe(expected.t)
    const reference = spxSeries.reference.value!
    expect(instrument.changePercent).toBeCloseTo(((expected.v - reference) / reference) * 100, 2)
  })

  it('instrument below zero (a spread): a rise from a negative close is a positive change', () => {
    const spx = instruments.find((i) => i.id === 'spx')!
    const spread = { ...spx, asOf: '2025-06-10T20:00:00Z' }
    const series: Series = {
      ...seriesById.get('spx')!,
      reference: { value: -40, at: '2025-06-09T20:00:00Z', label: 'previous close' },
      points: [{ t: '2025-06-10T14:00:00Z', v: -30 }],
    }
    const { instrument } = instrumentAsOf(spread, series, t('2025-06-10T15:00:00Z'))
    expect(instrument).toMatchObject({ last: -30, changePercent: 25 })
  })

  it("a yield's replayed day change is in its unit too, so it reads in basis points, not %", () => {
    const spx = instruments.find((i) => i.id === 'spx')!
    // Test data: a 2-year yield from −0.047% at the close to −0.012%.
    const yieldInstrument = {
      ...spx,
      kind: 'yield' as const,
      unit: '%',
      asOf: '2025-06-10T20:00:00Z',
    }
    const series: Series = {
      ...seriesById.get('spx')!,
      reference: { value: -0.047, at: '2025-06-09T20:00:00Z', label: 'previous close' },
      points: [{ t: '2025-06-10T14:00:00Z', v: -0.012 }],
    }
    const { instrument } = instrumentAsOf(yieldInstrument, series, t('2025-06-10T15:00:00Z'))
    expect(instrument.change).toBeCloseTo(0.035, 10)
    expect(dayMove(instrument)).toEqual({ value: expect.closeTo(3.5, 8), unit: 'bp' })
  })

  it('instrument on a percent-change basis: change % is the last point, last stays null', () => {
    const series = seriesById.get('ixic')!
    const at = t('2025-06-09T16:00:00Z')
    const expected = series.points.filter((p) => t(p.t) <= at).at(-1)!
    const { instrument } = instrumentAsOf(
      instruments.find((i) => i.id === 'ixic')!,
      series,
      at,
    )
    expect(instrument).toMatchObject({ last: null, changePercent: expected.v, asOf: expected.t })
  })

  it('a percent-change series before its reference close: no point can be known yet', () => {
    // CSI 300's Monday prices are % against Monday's close (08:00 London): at 04:15 that close
    // is still to come, so neither the chart nor the card has a figure, and both say from when.
    const series = seriesById.get('csi300')!
    const morning = t('2025-06-09T03:15:00Z')
    expect(series.points.some((p) => t(p.t) <= morning)).toBe(true)
    expect(seriesAsOf(series, morning).points).toEqual([])
    const { instrument, unavailable } = instrumentAsOf(
      instruments.find((i) => i.id === 'csi300')!,
      series,
      morning,
    )
    expect(instrument).toMatchObject({ last: null, changePercent: null })
    expect(unavailable).toMatchObject({ brief: 'Day change known from', at: series.reference.at })
    // Once the close has happened, the day's points are all known.
    const after = t(series.reference.at)
    expect(seriesAsOf(series, after).points.length).toBe(
      series.points.filter((p) => t(p.t) <= after).length,
    )
  })

  it('before the day’s first price: the reference close is the last level, with no day change', () => {
    // Monday before the US open: the S&P's latest level is Friday's close, the series' reference.
    const series = seriesById.get('spx')!
    const { instrument, unavailable } = instrumentAsOf(
      instruments.find((i) => i.id === 'spx')!,
      series,
      t('2025-06-09T10:00:00Z'),
    )
    expect(instrument).toMatchObject({
      last: series.reference.value,
      change: null,
      changePercent: null,
      asOf: series.reference.at,
    })
    expect(unavailable).toMatchObject({
      brief: 'No price since the close at',
      at: series.reference.at,
    })
    // Hang Seng Tech is % against a close (Monday's) still to come: nothing to show before its first point.
    const hstech = seriesById.get('hstech')!
    const early = instrumentAsOf(
      instruments.find((i) => i.id === 'hstech')!,
      hstech,
      t('2025-06-09T01:00:00Z'),
    )
    expect(early.instrument).toMatchObject({ last: null, changePercent: null })
  })

  it('before any point and any close: kept with null figures and a reason the UI can show', () => {
    const at = t('2025-06-06T10:00:00Z') // before the reference close of Friday 6 June
    const { instrument, unavailable } = instrumentAsOf(
      instruments.find((i) => i.id === 'spx')!,
      seriesById.get('spx'),
      at,
    )
    expect(instrument).toMatchObject({
      id: 'spx',
      last: null,
      change: null,
      changePercent: null,
      asOf: '2025-06-06T10:00:00.000Z',
    })
    expect(unavailable?.words).toBe('No prices for S&P 500 yet: the series starts')
    // The moment, for the UI to write in the viewer's zone: the series' first point.
    expect(unavailable?.at).toBe(new Date(t(seriesById.get('spx')!.points[0]!.t)).toISOString())
    expect(instrumentAsOf(instruments[0]!, undefined, at).unavailable).toEqual({
      words: 'No price series for S&P 500: no figure before',
      at: instruments[0]!.asOf,
    })
  })

  it('before the reference close: the level is known, the day change is not', () => {
    const brent = instruments.find((i) => i.id === 'brent')!
    const { instrument, unavailable } = instrumentAsOf(
      brent,
      seriesById.get('brent'),
      t('2025-06-09T15:00:00Z'),
    )
    expect(instrument.last).not.toBeNull()
    expect(instrument.changePercent).toBeNull()
    expect(unavailable?.words).toMatch(
      /^Day change not known yet: it is measured from “Previous close.*”, at$/,
    )
    expect(unavailable?.at).toBe(seriesById.get('brent')!.reference.at)
  })

  it('after the reference close with no price since: no day change, rather than 0.00% at the close', () => {
    // Hang Seng Tech's series is % against 9 June's close (08:00Z); Hong Kong reopens on the 10th.
    const hstech = instruments.find((i) => i.id === 'hstech')!
    const series = seriesById.get('hstech')!
    const { instrument, unavailable } = instrumentAsOf(hstech, series, t('2025-06-09T15:00:00Z'))
    expect(instrument).toMatchObject({ changePercent: null, asOf: series.reference.at })
    expect(unavailable).toMatchObject({
      words: expect.stringMatching(/^Day change not known: no price since the reference close/),
      at: series.reference.at,
    })
    // Once it trades again, the move against that close.
    const next = instrumentAsOf(hstech, series, t('2025-06-10T02:00:00Z'))
    expect(next.instrument.changePercent).toBe(
      series.points.filter((p) => t(p.t) <= t('2025-06-10T02:00:00Z')).at(-1)!.v,
    )
    expect(next.unavailable).toBeNull()
  })

  it('a level series at its reference close reads the day from its own close the day before', () => {
    // Test data: daily closes, the last one being the reference close.
    const spx = instruments.find((i) => i.id === 'spx')!
    const series: Series = {
      ...seriesById.get('spx')!,
      illustrative: false,
      reference: { value: 110, at: '2025-06-10T20:00:00Z', label: 'close' },
      points: [
        { t: '2025-06-09T20:00:00Z', v: 100 },
        { t: '2025-06-10T20:00:00Z', v: 110 },
      ],
    }
    const live = { ...spx, asOf: '2025-06-11T20:00:00Z' }
    const { instrument, changeFromSeries } = instrumentAsOf(live, series, t('2025-06-10T22:00:00Z'))
    expect(instrument).toMatchObject({ last: 110, changePercent: 10 })
    expect(changeFromSeries).toBe(true)
  })

  it('index: pinnedNow is t; a generation time after t comes back to t', () => {
    const at = t('2025-06-09T12:00:00Z')
    expect(indexAsOf(index, at)).toMatchObject({
      pinnedNow: '2025-06-09T12:00:00.000Z',
      generatedAt: '2025-06-09T12:00:00.000Z',
    })
  })

  it('replaySpan covers every dated record, rounded to the hour', () => {
    expect(span.start).toBe(t('2025-06-09T00:00:00Z'))
    expect(span.end).toBe(t('2025-06-10T10:00:00Z'))
    expect(replaySpan({})).toBeNull()
  })

  it('replaySpan never runs past the horizon (the page’s live now): a scheduled session is no moment to replay', () => {
    const records = { sessions, developments, quotes }
    // The demo's moment, 09:15 London, before Day 2's scheduled start (10:00) that ended the span.
    expect(replaySpan(records, pinnedNow, pinnedNow)).toEqual({
      start: t('2025-06-09T01:00:00Z'),
      end: pinnedNow,
    })
    // Nothing dated by the horizon: nothing to replay.
    expect(replaySpan(records, null, t('2025-06-01T00:00:00Z'))).toBeNull()
    expect(hasReplaySpan(records, null, t('2025-06-01T00:00:00Z'))).toBe(false)
    expect(hasReplaySpan(records, null, pinnedNow)).toBe(true)
  })

  it('replaySpan takes a tick series of 300,000 points (synthetic test data)', () => {
    const start = t('2025-06-09T00:00:00Z')
    const points = Array.from({ length: 300_000 }, (_, i) => ({
      t: new Date(start + i * 1000).toISOString(),
      v: 100,
    }))
    const tick = { ...seriesList[0]!, points }
    expect(replaySpan({ series: [tick] })).toEqual({
      start,
      end: t('2025-06-12T12:00:00Z'),
    })
  })

  it('hasReplaySpan says whether replaySpan gives a span, undated records and a pinned now alike', () => {
    const undated = <T extends object>(record: T, field: keyof T): T => ({
      ...record,
      [field]: 'soon',
    })
    const variants = [
      {},
      { sessions },
      { sessions: sessions.map((s) => ({ ...undated(s, 'start'), end: null })) },
      { sessions: sessions.map((s) => undated(s, 'start')) },
      { developments: developments.map((d) => undated(d, 'at')) },
      { quotes: quotes.map((q) => undated(q, 'saidAt')), series: seriesList },
      { quotes: quotes.map((q) => undated(q, 'saidAt')) },
    ]
    for (const records of variants)
      for (const until of [undefined, null, pinnedNow])
        for (const horizon of [undefined, pinnedNow, t('2025-06-09T01:00:00Z')])
          expect(hasReplaySpan(records, until, horizon)).toBe(
            replaySpan(records, until, horizon) !== null,
          )
    expect(hasReplaySpan({})).toBe(false)
    expect(hasReplaySpan({}, pinnedNow)).toBe(true)
  })
})

describe('as-of properties', () => {
  it('cutting never adds records', () => {
    fc.assert(
      fc.property(instantArb, (at) => {
        const cut = cutAll(at)
        expect(cut.sessions.length).toBeLessThanOrEqual(sessions.length)
        expect(cut.developments.length).toBeLessThanOrEqual(developments.length)
        expect(cut.quotes.length).toBeLessThanOrEqual(quotes.length)
        expect(cut.instruments.length).toBe(instruments.length)
        cut.series.forEach((s, i) =>
          expect(s.points.length).toBeLessThanOrEqual(seriesList[i]!.points.length),
        )
        for (const q of cut.quotes) expect(quotes).toContain(q)
        for (const d of cut.developments) expect(developments).toContain(d)
      }),
      { numRuns: 200 },
    )
  })

  it('cut(t1) is contained in cut(t2) when t1 <= t2', () => {
    fc.assert(
      fc.property(instantArb, instantArb, (a, b) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a]
        const c1 = cutAll(t1)
        const c2 = cutAll(t2)
        const within = (x: string[], y: string[]) => x.every((id) => y.includes(id))
        expect(within(ids(c1.quotes), ids(c2.quotes))).toBe(true)
        expect(within(ids(c1.developments), ids(c2.developments))).toBe(true)
        c1.series.forEach((s, i) => {
          const later = c2.series[i]!.points.map((p) => p.t)
          expect(s.points.every((p) => later.includes(p.t))).toBe(true)
        })
        expect(within(ids(c1.sessions), ids(c2.sessions))).toBe(true)
        const order = { scheduled: 0, 'in-session': 1, concluded: 2, postponed: 1, cancelled: 1 }
        c1.sessions.forEach((s) =>
          expect(order[s.status]).toBeLessThanOrEqual(
            order[c2.sessions.find((later) => later.id === s.id)!.status],
          ),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('every cut validates with the feed schemas', () => {
    fc.assert(
      fc.property(instantArb, (at) => {
        const cut = cutAll(at)
        expect(documentSchemas.index.safeParse(cut.index).success).toBe(true)
        expect(documentSchemas.sessions.safeParse({ sessions: cut.sessions }).success).toBe(true)
        expect(
          documentSchemas.developments.safeParse({ developments: cut.developments }).success,
        ).toBe(true)
        expect(documentSchemas.quotes.safeParse({ quotes: cut.quotes }).success).toBe(true)
        expect(documentSchemas.issues.safeParse(cut.issues).success).toBe(true)
        expect(documentSchemas.markets.safeParse({ instruments: cut.instruments }).success).toBe(
          true,
        )
        for (const s of cut.series) expect(documentSchemas.series.safeParse(s).success).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
