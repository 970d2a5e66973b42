import { getResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { defaultLiveDayStart, liveDayHandlers, parseLiveDayOptions } from '../../mocks/live-day'
import { getCollection, getFeedIndex, getSeries } from '../../src/feed/feed-resources'

const base = 'http://talks.intranet/tools/demo-feed/'
const t = (iso: string) => Date.parse(iso)

async function get(handlers: ReturnType<typeof liveDayHandlers>, path: string) {
  const response = await getResponse(handlers, new Request(new URL(path, base)))
  if (!response) throw new Error(`no handler for ${path}`)
  return response
}

async function json<T>(handlers: ReturnType<typeof liveDayHandlers>, path: string): Promise<T> {
  return (await (await get(handlers, path)).json()) as T
}

type Ids = { id: string }[]

describe('the live day (simulated clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(t('2030-01-01T12:00:00Z')) // the viewer's wall clock: any day at all
  })
  afterEach(() => vi.useRealTimers())

  it('starts at 03:15Z by default: the first quote arrives 45 s later at 60x', async () => {
    const handlers = liveDayHandlers({ speed: 60 })
    const before = await json<{ quotes: Ids }>(handlers, 'quotes.json')
    expect(before.quotes).toEqual([])
    const index = await json<{ pinnedNow: string }>(handlers, 'index.json')
    expect(index.pinnedNow).toBe(new Date(defaultLiveDayStart).toISOString())

    vi.advanceTimersByTime(44_000)
    expect((await json<{ quotes: Ids }>(handlers, 'quotes.json')).quotes).toEqual([])
    vi.advanceTimersByTime(1_000)
    const after = await json<{ quotes: Ids }>(handlers, 'quotes.json')
    expect(after.quotes.map((q) => q.id)).toEqual(['xing-calibrated-tool'])
    expect((await json<{ pinnedNow: string }>(handlers, 'index.json')).pinnedNow).toBe(
      '2025-06-09T04:00:00.000Z',
    )
  })

  it('opens and closes a session at 10x', async () => {
    const handlers = liveDayHandlers({ start: t('2025-06-09T11:50:00Z'), speed: 10 })
    const status = async () =>
      (
        await json<{ sessions: { id: string; status: string; end: string | null }[] }>(
          handlers,
          'sessions.json',
        )
      ).sessions[0]
    expect(await status()).toMatchObject({ id: 'london-day-1', status: 'scheduled', end: null })
    vi.advanceTimersByTime(60_000) // 10 simulated minutes
    expect(await status()).toMatchObject({ status: 'in-session', end: null })
    vi.advanceTimersByTime(36 * 60_000) // 6 simulated hours
    expect(await status()).toMatchObject({ status: 'concluded', end: '2025-06-09T19:00:00+01:00' })
  })

  it('moves prices: the S&P 500 snapshot and its series follow the simulated time', async () => {
    const handlers = liveDayHandlers({ start: t('2025-06-09T13:40:00Z'), speed: 60 })
    type Markets = { instruments: { id: string; last: number | null; asOf: string }[] }
    const spx = async () =>
      (await json<Markets>(handlers, 'markets.json')).instruments.find((i) => i.id === 'spx')!
    const first = await spx()
    const firstPoints = (await json<{ points: unknown[] }>(handlers, 'series/spx.json')).points
      .length
    vi.advanceTimersByTime(60_000) // one simulated hour
    const later = await spx()
    expect(Date.parse(later.asOf)).toBeGreaterThan(Date.parse(first.asOf))
    expect(
      (await json<{ points: unknown[] }>(handlers, 'series/spx.json')).points.length,
    ).toBeGreaterThan(firstPoints)
  })

  it('answers 404 for a path the feed does not have, and sends the wall clock as Date', async () => {
    const handlers = liveDayHandlers()
    expect((await get(handlers, 'nothing.json')).status).toBe(404)
    expect((await get(handlers, 'series/nothing.json')).status).toBe(404)
    const response = await get(handlers, 'index.json')
    expect(response.headers.get('date')).toBe(new Date('2030-01-01T12:00:00Z').toUTCString())
  })

  it('serves documents the dashboard accepts, through the API client (setupServer)', async () => {
    server.use(...liveDayHandlers({ start: t('2025-06-09T15:00:00Z'), speed: 1 }))
    const index = await getFeedIndex(base)
    expect(index.pinnedNow).toBe('2025-06-09T15:00:00.000Z')
    const quotes = await getCollection(base, 'quotes')
    expect(quotes.problems).toEqual([])
    expect(quotes.quotes.map((q) => q.id).sort()).toEqual([
      'hassett-high-end-nvidia',
      'mofcom-case-by-case',
      'xing-calibrated-tool',
    ])
    const markets = await getCollection(base, 'markets')
    expect(markets.problems).toEqual([])
    expect(markets.instruments).toHaveLength(6)
    const series = await getSeries(base, 'brent')
    expect(series.series.points.every((p) => Date.parse(p.t) <= t('2025-06-09T15:00:00Z'))).toBe(
      true,
    )
  })
})

describe('live-day URL options', () => {
  afterEach(() => vi.restoreAllMocks())

  it('is off without ?demo=live', () => {
    expect(parseLiveDayOptions('')).toBeNull()
    expect(parseLiveDayOptions('?speed=10')).toBeNull()
  })

  it('reads speed and start', () => {
    expect(parseLiveDayOptions('?demo=live')).toEqual({ start: defaultLiveDayStart, speed: 60 })
    expect(parseLiveDayOptions('?demo=live&speed=10&start=2025-06-09T11:00:00Z')).toEqual({
      start: t('2025-06-09T11:00:00Z'),
      speed: 10,
    })
    expect(
      parseLiveDayOptions(
        new URLSearchParams('demo=live&speed=1x&start=2025-06-09T12:00:00%2B01:00'),
      ),
    ).toEqual({
      start: t('2025-06-09T11:00:00Z'),
      speed: 1,
    })
  })

  it('ignores unknown values with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(parseLiveDayOptions('?demo=live&speed=7&start=yesterday')).toEqual({
      start: defaultLiveDayStart,
      speed: 60,
    })
    expect(parseLiveDayOptions('?demo=live&start=2025-06-09T11:00:00')).toEqual({
      start: defaultLiveDayStart,
      speed: 60,
    })
    expect(parseLiveDayOptions('?demo=replay')).toBeNull()
    expect(warn).toHaveBeenCalledTimes(4)
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(
      /speed=7[\s\S]*start=yesterday[\s\S]*start=2025-06-09T11:00:00 [\s\S]*demo=replay/,
    )
  })
})
