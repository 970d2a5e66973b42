import { describe, expect, it } from 'vitest'
import { parseAlertRules, type AlertRule } from '../../../src/features/alerts/alert-rules'
import { evaluateAlerts } from '../../../src/features/alerts/evaluate-alerts'
import type { AlertMemory, AlertWorld } from '../../../src/features/alerts/alert-world'
import { alertSigma } from '../../../src/app/alert-sigma'

// Test data: a made-up index and two made-up sessions, minutes apart.
const t0 = Date.parse('2030-01-07T12:00:00Z')
const min = 60_000
const points = [
  { t: t0, v: 100 },
  { t: t0 + 10 * min, v: 101 },
  { t: t0 + 20 * min, v: 99 },
  { t: t0 + 30 * min, v: 97.5 },
]

function world(now: number, over: Partial<AlertWorld> = {}): AlertWorld {
  return {
    now,
    series: new Map([['idx', { name: 'Test Index', basis: 'level' as const, points }]]),
    events: new Map([['session:s1', { at: t0 + 5 * min, label: 'Test round, Day 1' }]]),
    sessions: [
      {
        id: 's1',
        label: 'Test round, Day 1',
        start: t0 + 5 * min,
        end: t0 + 25 * min,
        concluded: false,
        approximate: false,
      },
      {
        id: 's2',
        label: 'Test round, Day 2',
        start: t0 + 60 * min,
        end: null,
        concluded: false,
        approximate: true,
      },
    ],
    followed: [],
    ...over,
  }
}

/** Evaluates the rules at each moment in turn; returns the titles fired at each. */
function run(rules: AlertRule[], moments: AlertWorld[]) {
  let memory: AlertMemory = new Map()
  return moments.map((w) => {
    const result = evaluateAlerts(rules, memory, w)
    memory = result.memory
    return result.fired.map((f) => f.title)
  })
}

const levelRule: AlertRule = {
  kind: 'level',
  id: 'a',
  muted: false,
  instrumentId: 'idx',
  direction: 'above',
  level: 100.5,
}

describe('alerts', () => {
  it('a level alert fires once when the price crosses it, not for where it already was', () => {
    const rule = levelRule
    expect(
      run(
        [rule],
        [
          world(t0),
          world(t0 + 10 * min),
          world(t0 + 11 * min),
          world(t0 + 20 * min),
          world(t0 + 25 * min),
        ],
      ),
    ).toEqual([[], ['Test Index above 100.5'], [], [], []])
    // Already above at the first look: that is the baseline.
    expect(run([rule], [world(t0 + 10 * min), world(t0 + 11 * min)])).toEqual([[], []])
  })

  it('a level alert gives the price to the decimals the instrument is quoted to', () => {
    // Test data: a made-up currency pair quoted to 4 decimals, crossing 1.15.
    const instrument = { kind: 'fx' as const, unit: 'USD per EUR', currency: 'USD', last: null }
    const pair = {
      name: 'Test pair',
      basis: 'level' as const,
      instrument: { ...instrument, decimals: 4 },
    }
    const at = (v: number) => new Map([['idx', { ...pair, points: [{ t: t0, v }] }]])
    let memory: AlertMemory = new Map()
    memory = evaluateAlerts(
      [{ ...levelRule, level: 1.15 }],
      memory,
      world(t0, { series: at(1.1497) }),
    ).memory
    const { fired } = evaluateAlerts(
      [{ ...levelRule, level: 1.15 }],
      memory,
      world(t0 + min, { series: at(1.1502000000000001) }),
    )
    expect(fired.map((f) => f.body)).toEqual(['Now 1.1502 (crossed 1.15)'])
  })

  it('a move alert measures from the event (the last price at or before it) and fires past N% either way', () => {
    const rule: AlertRule = {
      kind: 'move',
      id: 'm',
      muted: false,
      instrumentId: 'idx',
      percent: 2,
      since: { kind: 'session', id: 's1' },
    }
    // Base: 100 (t0, the last price before the session's start at +5 min). -1% at +20, -2.5% at +30.
    expect(run([rule], [world(t0 + 10 * min), world(t0 + 20 * min), world(t0 + 30 * min)])).toEqual(
      [[], [], ['Test Index −2.50% since Test round, Day 1']],
    )
  })

  it('a move alert on a yield measures basis points: 4.40% to 4.46% is 6 bp, not 1.4%', () => {
    // Test data: a made-up yield, 4.40 before the session, 4.43 then 4.46.
    const yieldPoints = [
      { t: t0, v: 4.4 },
      { t: t0 + 10 * min, v: 4.43 },
      { t: t0 + 30 * min, v: 4.46 },
    ]
    const yields = new Map([
      [
        'y10',
        {
          name: 'Test 10Y',
          basis: 'level' as const,
          points: yieldPoints,
          instrument: { kind: 'yield' as const, unit: '%', currency: null, last: null },
        },
      ],
    ])
    const rule: AlertRule = {
      kind: 'move',
      id: 'b',
      muted: false,
      instrumentId: 'y10',
      percent: 5,
      unit: 'bp',
      since: { kind: 'session', id: 's1' },
    }
    expect(
      run(
        [rule],
        [world(t0 + 10 * min, { series: yields }), world(t0 + 30 * min, { series: yields })],
      ),
    ).toEqual([[], ['Test 10Y +6.0 bp since Test round, Day 1']])
  })

  // Test data: a made-up oil spread in USD a barrel, 0.43 before the session, falling through zero.
  const spreadPoints = [
    { t: t0, v: 0.43 },
    { t: t0 + 10 * min, v: 0.1 },
    { t: t0 + 20 * min, v: -0.2 },
    { t: t0 + 30 * min, v: -0.49 },
  ]
  const spreadInstrument = {
    kind: 'commodity' as const,
    unit: 'USD per barrel',
    currency: 'USD',
    last: -0.49,
  }
  const spread = (points = spreadPoints) =>
    new Map([
      [
        'sp',
        { name: 'Test spread', basis: 'level' as const, points, instrument: spreadInstrument },
      ],
    ])
  const spreadRule: AlertRule = {
    kind: 'move',
    id: 'u',
    muted: false,
    instrumentId: 'sp',
    percent: 0.5,
    unit: 'level',
    since: { kind: 'session', id: 's1' },
  }

  it('a move alert on a level that reaches zero measures in its unit: 0.43 to −0.2 is −$0.63 a barrel, not −147%', () => {
    const moments = [10, 20, 30].map((m) => world(t0 + m * min, { series: spread() }))
    expect(run([spreadRule], moments)).toEqual([
      [],
      ['Test spread −$0.63 per barrel since Test round, Day 1'],
      [],
    ])
    let memory: AlertMemory = new Map()
    memory = evaluateAlerts([spreadRule], memory, moments[0]!).memory
    expect(evaluateAlerts([spreadRule], memory, moments[1]!).fired.map((f) => f.body)).toEqual([
      'More than 0.5 USD per barrel since the event',
    ])
  })

  it('a % move alert from a base at or below zero waits: a % of such a level says nothing', () => {
    // From −0.2 (before the event) the spread goes to −0.49: "−145%" would be nonsense.
    const below = [{ t: t0, v: -0.2 }, ...spreadPoints.slice(3)]
    const percentRule: AlertRule = { ...spreadRule, unit: undefined, percent: 50 }
    const moments = [world(t0 + 10 * min, { series: spread(below) })]
    moments.push(world(t0 + 30 * min, { series: spread(below) }))
    expect(run([percentRule], moments)).toEqual([[], []])
    expect(evaluateAlerts([percentRule], new Map(), moments[1]!).memory.has('u')).toBe(false)
  })

  describe('a move since an event on a series with a gap before it', () => {
    // Test data: a made-up New York index (weekdays 09:30–16:00), January 2030.
    const newYork = {
      kind: 'equity-index' as const,
      unit: 'points',
      currency: null,
      last: null,
      timeZone: 'America/New_York',
      tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
    }
    const at = (iso: string) => Date.parse(iso)
    const gapWorld = (lastBefore: string, eventAt: string) => (now: string) =>
      world(at(now), {
        series: new Map([
          [
            'idx',
            {
              name: 'Test Index',
              basis: 'level' as const,
              instrument: newYork,
              points: [
                { t: at(lastBefore), v: 100 },
                { t: at('2030-01-14T14:45:00Z'), v: 99.5 },
                { t: at('2030-01-14T15:00:00Z'), v: 97 },
              ],
            },
          ],
        ]),
        events: new Map([['session:s1', { at: at(eventAt), label: 'Test round, Day 1' }]]),
      })
    const rule: AlertRule = {
      kind: 'move',
      id: 'g',
      muted: false,
      instrumentId: 'idx',
      percent: 2,
      since: { kind: 'session', id: 's1' },
    }

    it('counts from the last close before a long weekend (a holiday the hours do not list)', () => {
      // Last price Thursday 10 Jan; Friday missed; the event on Monday before the open.
      const moment = gapWorld('2030-01-10T21:00:00Z', '2030-01-14T13:00:00Z')
      const moments = ['14:50', '15:30'].map((hm) => moment(`2030-01-14T${hm}:00Z`))
      expect(run([rule], moments)).toEqual([[], ['Test Index −3.00% since Test round, Day 1']])
    })

    it('is silent when the series had stopped for days before the event: the move is of the gap', () => {
      // Last price Thursday 3 Jan; five trading days without one before the event on Friday 11 Jan.
      const moment = gapWorld('2030-01-03T21:00:00Z', '2030-01-11T15:00:00Z')
      const moments = ['14:50', '15:30'].map((hm) => moment(`2030-01-14T${hm}:00Z`))
      expect(run([rule], moments)).toEqual([[], []])
    })
  })

  it('session alerts fire at the start and at the end, as asked', () => {
    const both: AlertRule = {
      kind: 'session',
      id: 's',
      muted: false,
      sessionId: null,
      edge: 'both',
    }
    const startOnly: AlertRule = {
      kind: 'session',
      id: 'e',
      muted: false,
      sessionId: 's2',
      edge: 'start',
    }
    const moments = [world(t0), world(t0 + 6 * min), world(t0 + 26 * min), world(t0 + 61 * min)]
    expect(run([both], moments)).toEqual([
      [],
      ['Test round, Day 1 has started'],
      ['Test round, Day 1 has ended'],
      ['Test round, Day 2 has started'],
    ])
    expect(run([startOnly], moments)).toEqual([[], [], [], ['Test round, Day 2 has started']])
  })

  it('a session alert waits for the sessions: neither their loading nor a gap in the list fires', () => {
    const rule: AlertRule = {
      kind: 'session',
      id: 's',
      muted: false,
      sessionId: 's1',
      edge: 'both',
    }
    const over = t0 + 30 * min
    // Not loaded yet, then loaded with Day 1 already over: nothing happened while the page looked.
    expect(run([rule], [world(over, { sessions: null }), world(over)])).toEqual([[], []])
    // Day 1 left out of the list for a refresh, then back: it has not ended again.
    expect(run([rule], [world(over), world(over, { sessions: [] }), world(over)])).toEqual([
      [],
      [],
      [],
    ])
    // A session added to the list that starts later fires when it starts, not when it is added.
    const any: AlertRule = { ...rule, sessionId: null }
    const onlyDay1 = world(t0 + 50 * min).sessions!.slice(0, 1)
    expect(
      run(
        [any],
        [world(t0 + 50 * min, { sessions: onlyDay1 }), world(t0 + 55 * min), world(t0 + 61 * min)],
      ),
    ).toEqual([[], [], ['Test round, Day 2 has started']])
  })

  it('a session alert says a time is approximate only of the edge the feed gives roughly', () => {
    const rule: AlertRule = {
      kind: 'session',
      id: 's',
      muted: false,
      sessionId: 's1',
      edge: 'both',
    }
    let memory: AlertMemory = new Map()
    // Test data: Day 1 starts at an exact time; its end is estimated.
    const sessions = [
      { ...world(t0).sessions![0]!, approximate: false, endApproximate: true, scheduled: true },
    ]
    const bodies = [t0, t0 + 6 * min, t0 + 26 * min].map((now) => {
      const result = evaluateAlerts([rule], memory, world(now, { sessions }))
      memory = result.memory
      return result.fired.map((f) => f.body)
    })
    expect(bodies).toEqual([
      [],
      ['Scheduled start; the feed has not said it began'],
      ['Session end (by the feed’s approximate time)'],
    ])
  })

  it('a followed-items alert fires for each new item, not for those there at the first look or before they loaded', () => {
    const rule: AlertRule = { kind: 'followed', id: 'f', muted: false }
    const old = { id: 'q1', title: 'Old remark' }
    const fresh = { id: 'q2', title: 'New remark' }
    expect(
      run(
        [rule],
        [
          world(t0, { followed: null }),
          world(t0, { followed: [old] }),
          world(t0, { followed: [old, fresh] }),
        ],
      ),
    ).toEqual([[], [], ['From what you follow']])
  })

  it('a followed item withdrawn and put back, or left out for a refresh, does not fire again', () => {
    const rule: AlertRule = { kind: 'followed', id: 'f', muted: false }
    const old = { id: 'q1', title: 'Old remark' }
    const other = { id: 'q3', title: 'Another remark' }
    const fresh = { id: 'q2', title: 'New remark' }
    expect(
      run(
        [rule],
        [
          world(t0, { followed: [old, other] }),
          // The desk withdraws the old remark (or it cannot be read for a refresh)...
          world(t0, { followed: [other] }),
          // ...and puts it back, with a new one.
          world(t0, { followed: [old, other, fresh] }),
        ],
      ),
    ).toEqual([[], [], ['From what you follow']])
  })

  it('a muted rule fires nothing but keeps up, so unmuting does not fire for the past', () => {
    const rule: AlertRule = {
      kind: 'level',
      id: 'a',
      muted: true,
      instrumentId: 'idx',
      direction: 'below',
      level: 98,
    }
    let memory: AlertMemory = new Map()
    for (const now of [t0, t0 + 30 * min])
      memory = evaluateAlerts([rule], memory, world(now)).memory
    expect(evaluateAlerts([{ ...rule, muted: false }], memory, world(t0 + 31 * min)).fired).toEqual(
      [],
    )
  })

  it('data that failed to load neither fires nor forgets', () => {
    const rule = levelRule
    const gap = world(t0 + 10 * min, { series: new Map() })
    expect(run([rule], [world(t0), gap, world(t0 + 10 * min)])).toEqual([
      [],
      [],
      ['Test Index above 100.5'],
    ])
  })

  it('reads stored rules one by one: a broken one is left out, not the list', () => {
    const good = { kind: 'followed', id: 'f', muted: false }
    expect(parseAlertRules([good, { kind: 'level', id: 'x' }, 'junk'])).toEqual([good])
    expect(parseAlertRules(null)).toEqual([])
  })
})

describe('sigma alerts', () => {
  // A made-up index, one point a minute for 100 minutes, moving ±0.05 around 100 in a fixed
  // pattern (two-minute moves: sd about 0.09%); the event is at minute 99.
  const quiet = Array.from({ length: 100 }, (_, i) => ({
    t: t0 + i * min,
    v: 100 + 0.05 * (((i * 7) % 5) - 2),
  }))
  const sigmaRule: AlertRule = {
    kind: 'sigma',
    id: 'z',
    muted: false,
    instrumentId: 'idx',
    sigma: 3,
    since: { kind: 'development', id: 'd1' },
  }
  const at = (now: number, pts: { t: number; v: number }[], over: Partial<AlertWorld> = {}) =>
    world(now, {
      series: new Map([['idx', { name: 'Test Index', basis: 'level' as const, points: pts }]]),
      events: new Map([['development:d1', { at: t0 + 99 * min, label: 'The statement' }]]),
      measureSigma: alertSigma,
      ...over,
    })
  const usual = [...quiet, { t: t0 + 100 * min, v: 100.05 }]
  const jump = [...usual, { t: t0 + 101 * min, v: 101 }]

  it('fires when the move since the event passes N sigma of the series’ own moves over that time, not for a usual move', () => {
    // From 100.05 at the event (minute 99) to 101 at minute 101: +0.95% over 2 min. The 2-min moves
    // before it are +0.2 once and −0.05 four times in five (sd 0.1%); with the last one (100.05 to
    // 101, within a step of 2 min) they are 98 moves of sd 0.1386%: 0.9495 / 0.1386 = 6.9 sigma.
    // A minute earlier the move was 0 (100.05 to 100.05): within.
    expect(run([sigmaRule], [at(t0 + 100 * min, usual), at(t0 + 101 * min, jump)])).toEqual([
      [],
      ['Test Index +0.95% (6.9 sigma) since The statement'],
    ])
  })

  it('measures tick data with several trades at one instant by the step between instants', () => {
    const thrice = (pts: typeof jump) => pts.flatMap((p) => [p, p, p])
    const fired = run(
      [sigmaRule],
      [at(t0 + 100 * min, thrice(usual)), at(t0 + 101 * min, thrice(jump))],
    )
    expect(fired[0]).toEqual([])
    expect(fired[1]).toEqual([
      expect.stringMatching(/^Test Index \+0\.95% \(\d+(\.\d)? sigma\) since The statement$/),
    ])
  })

  it('says so when the prices are illustrative', () => {
    const flagged = (pts: typeof jump) =>
      at(pts.at(-1)!.t, pts, {
        series: new Map([
          ['idx', { name: 'Test Index', basis: 'level' as const, points: pts, illustrative: true }],
        ]),
      })
    let memory: AlertMemory = new Map()
    memory = evaluateAlerts([sigmaRule], memory, flagged(usual)).memory
    expect(evaluateAlerts([sigmaRule], memory, flagged(jump)).fired.map((f) => f.body)).toEqual([
      'More than 3 sigma of its usual moves over that time (illustrative prices)',
    ])
  })

  it('stays silent without enough history (under 20 moves of that length) or without the markets’ method', () => {
    const short = jump.slice(-15)
    expect(
      run([sigmaRule], [at(t0 + 100 * min, short.slice(0, -1)), at(t0 + 101 * min, short)]),
    ).toEqual([[], []])
    expect(
      run(
        [sigmaRule],
        [
          at(t0 + 100 * min, usual, { measureSigma: undefined }),
          at(t0 + 101 * min, jump, { measureSigma: undefined }),
        ],
      ),
    ).toEqual([[], []])
  })

  it('stays silent for one price step of a thinly traded stock, and fires for a move of several', () => {
    // A made-up stock at 12.34, at 12.35 for two ten-minute stretches: its moves are one step each.
    const thin = Array.from({ length: 100 }, (_, i) => ({
      t: t0 + i * min,
      v: (i >= 20 && i < 30) || (i >= 60 && i < 70) ? 12.35 : 12.34,
    }))
    const flat = [...thin, { t: t0 + 100 * min, v: 12.34 }]
    const step = [...flat, { t: t0 + 101 * min, v: 12.35 }]
    const steps = [...flat, { t: t0 + 101 * min, v: 12.37 }]
    // One step is some 3.5 sigma of a history of mostly no moves: not news.
    expect(run([sigmaRule], [at(t0 + 100 * min, flat), at(t0 + 101 * min, step)])).toEqual([[], []])
    expect(run([sigmaRule], [at(t0 + 100 * min, flat), at(t0 + 101 * min, steps)])[1]).toEqual([
      expect.stringMatching(/^Test Index \+0\.24% \(\d+(\.\d)? sigma\) since The statement$/),
    ])
  })

  it('keeps rules stored before sigma alerts existed, and reads a stored sigma rule back', () => {
    expect(
      parseAlertRules([
        sigmaRule,
        {
          kind: 'sigma',
          id: 'bad',
          muted: false,
          instrumentId: 'idx',
          sigma: -1,
          since: sigmaRule.since,
        },
      ]),
    ).toEqual([sigmaRule])
  })
})
