import { indexAtOrBefore, percentMove, type Basis, type TimedValue } from '../../lib/rebase'
import type { AlertRule } from './alert-rules'

export type AlertSeries = {
  name: string
  basis: Basis
  points: readonly TimedValue[]
  /** The instrument's kind (a yield moves in bp), when known. */
  instrumentKind?: string
  /** A generated path, not real prices: alerts on it say so. */
  illustrative?: boolean
}

/**
 * The move from `from` to `to` and its size in standard deviations of the series' own moves over
 * the same length of time; z null without enough history. Given by the page (markets' method).
 */
export type SigmaMeasure = (
  series: AlertSeries,
  from: TimedValue,
  to: TimedValue,
) => { move: number; unit: string; z: number | null } | null

/** What the alerts look at, as of the page's "now". */
export type AlertWorld = {
  now: number
  series: ReadonlyMap<string, AlertSeries>
  /** Times and names of the events a move can be measured from. */
  events: ReadonlyMap<string, { at: number; label: string }>
  sessions: readonly {
    id: string
    label: string
    start: number
    end: number | null
    concluded: boolean
    approximate: boolean
  }[]
  /** Quotes and developments by followed people or on followed topics; null until they load. */
  followed: readonly { id: string; title: string }[] | null
  /** Without it, sigma alerts have nothing to decide by and stay silent. */
  measureSigma?: SigmaMeasure
}

export type FiredAlert = { key: string; ruleId: string; title: string; body: string }

/** Per rule, what was true at the last evaluation: alerts fire on a change, never on a state. */
export type AlertMemory = ReadonlyMap<string, string>

type Phase = 'before' | 'during' | 'after'

function sessionPhase(session: AlertWorld['sessions'][number], now: number): Phase {
  if (now < session.start) return 'before'
  if (session.end !== null ? now >= session.end : session.concluded) return 'after'
  return 'during'
}

/** The feed gives some session times only roughly: an alert on such a time says so. */
const approx = (session: { approximate: boolean }) =>
  session.approximate ? ' (by the feed’s approximate time)' : ''
const eventKey = (ref: { kind: string; id: string }) => `${ref.kind}:${ref.id}`
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`

function latestAt(points: readonly TimedValue[], now: number): TimedValue | null {
  return points[indexAtOrBefore(points, now)] ?? null
}

type Observation = { state: string; fire: (previous: string) => FiredAlert[] }

/**
 * One rule's state now, as a string compared with the last one, and the alerts to fire on a change;
 * null when the data to decide is not there.
 */
function observe(rule: AlertRule, world: AlertWorld): Observation | null {
  const none = null
  switch (rule.kind) {
    case 'level': {
      const series = world.series.get(rule.instrumentId)
      const last = series && latestAt(series.points, world.now)
      if (!series || !last) return none
      const beyond = rule.direction === 'above' ? last.v > rule.level : last.v < rule.level
      return {
        state: beyond ? 'beyond' : 'within',
        fire: (previous) =>
          previous === 'within' && beyond
            ? [
                {
                  key: `${rule.id}@${last.t}`,
                  ruleId: rule.id,
                  title: `${series.name} ${rule.direction} ${rule.level}`,
                  body: `Now ${last.v} (crossed ${rule.level})`,
                },
              ]
            : [],
      }
    }
    case 'move': {
      const series = world.series.get(rule.instrumentId)
      const event = world.events.get(eventKey(rule.since))
      if (!series || !event || world.now < event.at) return none
      const base = latestAt(series.points, event.at)
      const last = latestAt(series.points, world.now)
      const move =
        base && last && last.t > base.t ? percentMove(base.v, last.v, series.basis) : null
      if (move === null) return none
      const beyond = Math.abs(move) >= rule.percent
      return {
        state: beyond ? 'beyond' : 'within',
        fire: (previous) =>
          previous === 'within' && beyond
            ? [
                {
                  key: `${rule.id}@${last!.t}`,
                  ruleId: rule.id,
                  title: `${series.name} ${signed(move)}% since ${event.label}`,
                  body: `More than ${rule.percent}% since the event`,
                },
              ]
            : [],
      }
    }
    case 'sigma': {
      const series = world.series.get(rule.instrumentId)
      const event = world.events.get(eventKey(rule.since))
      if (!series || !event || !world.measureSigma || world.now < event.at) return none
      const base = latestAt(series.points, event.at)
      const last = latestAt(series.points, world.now)
      const measured =
        base && last && last.t > base.t ? world.measureSigma(series, base, last) : null
      if (!measured || measured.z === null) return none
      const z = measured.z
      const beyond = Math.abs(z) >= rule.sigma
      return {
        state: beyond ? 'beyond' : 'within',
        fire: (previous) =>
          previous === 'within' && beyond
            ? [
                {
                  key: `${rule.id}@${last!.t}`,
                  ruleId: rule.id,
                  title: `${series.name} ${signed(measured.move)}${measured.unit === 'bp' ? ' bp' : '%'} (${Math.abs(z).toFixed(1)} sigma) since ${event.label}`,
                  body: `More than ${rule.sigma} sigma of its usual moves over that time${series.illustrative ? ' (illustrative prices)' : ''}`,
                },
              ]
            : [],
      }
    }
    case 'session': {
      const sessions = world.sessions.filter(
        (s) => rule.sessionId === null || s.id === rule.sessionId,
      )
      const phases = sessions.map((s) => sessionPhase(s, world.now))
      return {
        state: phases.join(','),
        fire: (previous) => {
          const before = previous.split(',')
          if (before.length !== phases.length) return []
          return sessions.flatMap((session, i) => {
            const was = before[i]
            const is = phases[i]
            const started = was === 'before' && is !== 'before' && rule.edge !== 'end'
            const ended = was !== 'after' && is === 'after' && rule.edge !== 'start'
            return [
              ...(started
                ? [
                    {
                      key: `${rule.id}:${session.id}:start`,
                      ruleId: rule.id,
                      title: `${session.label} has started`,
                      body: `Session start${approx(session)}`,
                    },
                  ]
                : []),
              ...(ended
                ? [
                    {
                      key: `${rule.id}:${session.id}:end`,
                      ruleId: rule.id,
                      title: `${session.label} has ended`,
                      body: `Session end${approx(session)}`,
                    },
                  ]
                : []),
            ]
          })
        },
      }
    }
    case 'followed': {
      const followed = world.followed
      if (!followed) return none
      return {
        state: followed.map((item) => item.id).join('\n'),
        fire: (previous) => {
          const known = new Set(previous.split('\n'))
          return followed
            .filter((item) => !known.has(item.id))
            .map((item) => ({
              key: `${rule.id}:${item.id}`,
              ruleId: rule.id,
              title: 'From what you follow',
              body: item.title,
            }))
        },
      }
    }
  }
}

/**
 * Evaluates every rule against the world and what was true last time. The first look at a rule is
 * its baseline (nothing fires for what was already so); muted rules keep their memory up to date
 * and fire nothing.
 */
export function evaluateAlerts(
  rules: readonly AlertRule[],
  memory: AlertMemory,
  world: AlertWorld,
): { fired: FiredAlert[]; memory: AlertMemory } {
  const next = new Map<string, string>()
  const fired: FiredAlert[] = []
  for (const rule of rules) {
    const observed = observe(rule, world)
    const previous = memory.get(rule.id)
    // Unknown now (data missing): keep what was known, so a gap never fires or forgets.
    if (!observed) {
      if (previous !== undefined) next.set(rule.id, previous)
      continue
    }
    next.set(rule.id, observed.state)
    if (previous !== undefined && !rule.muted) fired.push(...observed.fire(previous))
  }
  return { fired, memory: next }
}
