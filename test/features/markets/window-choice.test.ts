import { describe, expect, it } from 'vitest'
import {
  defaultWindow,
  latestPrice,
  resolveWindow,
  roundSpan,
  windowOptions,
} from '../../../src/features/markets/window-choice'
import {
  readIdList,
  readWindow,
  writeWindow,
  type WindowChoice,
} from '../../../src/hooks/url-values'
import type { SeriesState } from '../../../src/features/markets/series-query'
import type { MarketEvent } from '../../../src/features/markets/market-events'
import { urlParamWarnings } from '../../../src/app/url-params'
import { defaultConfig } from '../../../src/config/config-schema'

const at = (iso: string) => Date.parse(iso)
const DAY = 86_400_000
const event = (
  id: string,
  roundId: string,
  iso: string,
  end: string | null = null,
): MarketEvent => ({
  kind: 'session',
  id,
  at: at(iso),
  end: end === null ? null : at(end),
  precision: 'exact',
  label: id,
  detail: '',
  sessionId: id,
  roundId,
})
const geneva = event('geneva-day-1', 'geneva', '2025-05-10T08:00:00Z', '2025-05-11T18:00:00Z')
const london = event('london-day-1', 'london', '2025-06-09T12:00:00Z', '2025-06-10T19:00:00Z')
const events = [geneva, london]
const rounds = [
  {
    id: 'geneva',
    name: 'Geneva round',
    location: 'Geneva',
    venue: null,
    timeZone: 'Europe/Zurich',
  },
  {
    id: 'london',
    name: 'London round',
    location: 'London',
    venue: null,
    timeZone: 'Europe/London',
  },
]
const extent = [at('2025-04-10T20:00:00Z'), at('2025-07-31T20:00:00Z')] as const

describe('market windows', () => {
  it("a round's window: its events with three days either side, to the hour", () => {
    expect(roundSpan('london', events)).toEqual([london.at, london.end])
    const later = at('2025-07-31T20:00:00Z')
    expect(
      resolveWindow({ kind: 'round', id: 'london' }, null, events, extent, 'UTC', later),
    ).toEqual([at('2025-06-06T12:00:00Z'), at('2025-06-13T19:00:00Z')])
  })

  it("a round's window ends at now, not days into the future, when now is within its days", () => {
    // Prices up to now, as on a live feed.
    const round = (now: string) =>
      resolveWindow(
        { kind: 'round', id: 'london' },
        null,
        events,
        [extent[0], at(now)],
        'UTC',
        at(now),
      )
    // The evening after Day 2: the window ends at the hour after now.
    expect(round('2025-06-10T21:10:00Z')).toEqual([
      at('2025-06-06T12:00:00Z'),
      at('2025-06-10T22:00:00Z'),
    ])
    // Before Day 2 ends (its end is scheduled): the window keeps the round's last event in view.
    expect(round('2025-06-10T09:15:00Z')[1]).toBe(london.end)
    // Prices after now (a feed replayed at its moment): the window keeps them, to its padding.
    expect(
      resolveWindow(
        { kind: 'round', id: 'london' },
        null,
        events,
        extent,
        'UTC',
        at('2025-06-10T21:10:00Z'),
      )[1],
    ).toBe(at('2025-06-13T19:00:00Z'))
  })

  it('the last N hours end at now, moved on in steps (a minute for the last hour)', () => {
    const now = at('2025-06-10T09:15:30Z')
    const last = (hours: number, moment = now) =>
      resolveWindow({ kind: 'last', hours }, null, events, extent, 'UTC', moment)
    expect(last(1)).toEqual([at('2025-06-10T08:16:00Z'), at('2025-06-10T09:16:00Z')])
    expect(last(4)).toEqual([at('2025-06-10T05:20:00Z'), at('2025-06-10T09:20:00Z')])
    expect(last(24)).toEqual([at('2025-06-09T09:30:00Z'), at('2025-06-10T09:30:00Z')])
    // Ten seconds on, within the same step: the same window.
    expect(last(1, now + 10_000)).toEqual(last(1))
    expect(last(1, now + 60_000)[1]).toBe(at('2025-06-10T09:17:00Z'))
  })

  it('reads and writes the last N hours in the URL, up to a week', () => {
    expect(readWindow('last:4h')).toEqual({ kind: 'last', hours: 4 })
    expect(writeWindow({ kind: 'last', hours: 4 })).toBe('last:4h')
    expect(readWindow('last:168h')).toEqual({ kind: 'last', hours: 168 })
    for (const bad of ['last:169h', 'last:0h', 'last:4', 'last:1.5h', 'last:-1h'])
      expect(readWindow(bad)).toBeNull()
  })

  it('the default fits the selection: its round when the feed has several, the whole feed otherwise', () => {
    expect(defaultWindow(london, rounds)).toEqual({ kind: 'round', id: 'london' })
    expect(defaultWindow(london, rounds.slice(1))).toEqual({ kind: 'all' })
    expect(defaultWindow(null, rounds)).toEqual({ kind: 'all' })
  })

  it('offers each round by name when there are several, and a zoomed range only while zoomed', () => {
    expect(windowOptions(rounds, true, { kind: 'all' }).map((o) => o.label)).toEqual([
      'Selected session or event',
      'The day',
      'Last hour',
      'Last 4 hours',
      'Last 24 hours',
      'Geneva round',
      'London round',
      'The whole feed',
    ])
    expect(
      windowOptions(rounds.slice(0, 1), false, { kind: 'range', from: 0, to: DAY }).map((o) => [
        o.label,
        o.disabled,
      ]),
    ).toEqual([
      ['Selected session or event', true],
      ['The day', true],
      ['Last hour', false],
      ['Last 4 hours', false],
      ['Last 24 hours', false],
      ['The whole round', false],
      ['Zoomed range', false],
    ])
  })

  it('with one round, offers it by name only while it is the window shown (a link names it)', () => {
    const one = rounds.slice(0, 1)
    const named = (current: WindowChoice) =>
      windowOptions(one, false, current).filter((o) => o.value.startsWith('round:'))
    expect(named({ kind: 'all' })).toEqual([])
    expect(named({ kind: 'round', id: one[0]!.id })).toEqual([
      { value: `round:${one[0]!.id}`, label: one[0]!.name, disabled: false },
    ])
  })

  it('on 30 rounds offers the latest 10 by name, says the earlier ones cannot be chosen here, and keeps the one shown', () => {
    // Test data: 30 rounds named by number, oldest first.
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...rounds[0]!,
      id: `test-round-${i + 1}`,
      name: `Test round ${i + 1}`,
    }))
    const labels = (current: Parameters<typeof windowOptions>[2]) =>
      windowOptions(many, false, current)
        .filter((o) => o.value.startsWith('round:') || o.value === 'earlier-rounds')
        .map((o) => (o.disabled ? `(${o.label})` : o.label))
    const latest = Array.from({ length: 10 }, (_, i) => `Test round ${i + 21}`)
    expect(labels({ kind: 'all' })).toEqual([
      ...latest,
      '(20 earlier rounds: pick one of their events on the timeline)',
    ])
    expect(labels({ kind: 'round', id: 'test-round-2' })).toEqual([
      'Test round 2',
      ...latest,
      '(20 earlier rounds: pick one of their events on the timeline)',
    ])
  })
})

describe('market URL parameters', () => {
  it('?window= round-trips every choice and ignores what it does not understand', () => {
    for (const choice of [
      { kind: 'event' },
      { kind: 'all' },
      { kind: 'round', id: 'london' },
      { kind: 'range', from: at('2025-06-09T12:30:00Z'), to: at('2025-06-10T00:00:00Z') },
    ] as const) {
      expect(readWindow(writeWindow(choice))).toEqual(choice)
    }
    expect(
      writeWindow({
        kind: 'range',
        from: at('2025-06-09T12:30:00Z'),
        to: at('2025-06-10T00:00:00Z'),
      }),
    ).toBe('2025-06-09T12:30Z~2025-06-10T00:00Z')
    expect(readWindow('round:<script>')).toBeNull()
    expect(readWindow('2025-06-10T00:00Z~2025-06-09T00:00Z')).toBeNull()
    expect(readWindow('week')).toBeNull()
  })

  it('a malformed ?window= or ?instruments= is ignored with a console warning', () => {
    expect(
      urlParamWarnings(new URLSearchParams('window=week&instruments=,,'), defaultConfig),
    ).toEqual([
      '?window=week ignored: use event, day, all, round:<id>, last:<hours>h (1 to 168), or <from>~<to> in ISO 8601',
      '?instruments=,, ignored: instrument ids separated by commas',
    ])
    expect(
      urlParamWarnings(
        new URLSearchParams('window=round:london&instruments=spx,us10y'),
        defaultConfig,
      ),
    ).toEqual([])
  })

  it('?instruments= keeps valid ids once each', () => {
    expect(readIdList('spx,us10y,spx, ,BAD')).toEqual(['spx', 'us10y'])
    expect(readIdList('')).toBeNull()
  })
})

describe('a last-hours window from the URL', () => {
  it('is offered in its place among the others when it is not one of those offered', () => {
    expect(
      windowOptions(rounds, false, { kind: 'last', hours: 8 })
        .filter((o) => o.value.startsWith('last:'))
        .map((o) => [o.value, o.label]),
    ).toEqual([
      ['last:1h', 'Last hour'],
      ['last:4h', 'Last 4 hours'],
      ['last:8h', 'Last 8 hours'],
      ['last:24h', 'Last 24 hours'],
    ])
  })
})

describe('last-hours windows with no prices in them', () => {
  const now = at('2025-06-10T09:15:00Z')
  const loaded = (...times: string[]) =>
    ({ data: { points: times.map((iso) => ({ t: at(iso), v: 1 })) } }) as unknown as SeriesState
  const loading = { data: undefined } as unknown as SeriesState
  const lastOptions = (series: SeriesState[], current: WindowChoice = { kind: 'all' }) =>
    windowOptions(rounds, false, current, latestPrice(series, now))
      .filter((o) => o.value.startsWith('last:'))
      .map((o) => (o.disabled ? `(${o.label})` : o.label))

  it('are offered but say so, from the latest price at or before now', () => {
    // The latest price before now is 3 hours old; one after now (a replay's future) does not count.
    const series = [
      loaded('2025-06-10T06:15:00Z', '2025-06-10T10:00:00Z'),
      loaded('2025-06-09T20:00:00Z'),
    ]
    expect(lastOptions(series)).toEqual([
      '(Last hour: no prices in it)',
      'Last 4 hours',
      'Last 24 hours',
    ])
    expect(lastOptions([loaded(), loaded()])).toEqual([
      '(Last hour: no prices in it)',
      '(Last 4 hours: no prices in it)',
      '(Last 24 hours: no prices in it)',
    ])
  })

  it('claim nothing while a series is loading or failed', () => {
    expect(lastOptions([loaded(), loading])).toEqual(['Last hour', 'Last 4 hours', 'Last 24 hours'])
  })

  it('the window shown stays a choice, so the select can show it', () => {
    expect(lastOptions([loaded()], { kind: 'last', hours: 1 })[0]).toBe('Last hour')
  })
})
