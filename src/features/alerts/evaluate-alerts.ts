import type { AlertRule } from './alert-rules'
import { formatInstrumentLevel } from '../../lib/format-number'
import { formatMove, formatMoveSize, moveBetween, type MoveUnit } from '../../lib/move-unit'
import type { AlertMemory, AlertWorld, FiredAlert } from './alert-world'
import { latestAt, sinceEvent } from './since-event'

type Phase = 'before' | 'during' | 'after'

type AlertSession = NonNullable<AlertWorld['sessions']>[number]

function sessionPhase(session: AlertSession, now: number): Phase {
  if (now < session.start) return 'before'
  if (session.end !== null ? now >= session.end : session.concluded) return 'after'
  return 'during'
}

/** The feed gives some session times only roughly: an alert on such a time says so. */
const approx = (session: AlertSession, edge: 'start' | 'end') =>
  (edge === 'start' ? session.approximate : session.endApproximate)
    ? ' (by the feed’s approximate time)'
    : ''

type Observation = {
  state: string
  fire: (previous: string) => FiredAlert[]
  /** What to remember given the last memory, when it is more than the state now. */
  remember?: (previous: string) => string
}

/** A threshold rule: "beyond" or "within", firing once as the value goes beyond (at point `at`). */
function crossing(
  rule: AlertRule,
  beyond: boolean,
  at: number,
  title: string,
  body: string,
): Observation {
  return {
    state: beyond ? 'beyond' : 'within',
    fire: (previous) =>
      previous === 'within' && beyond
        ? [{ key: `${rule.id}@${at}`, ruleId: rule.id, title, body }]
        : [],
  }
}

/**
 * One rule's state now, as a string compared with the last one, and the alerts to fire on a change;
 * null when the data to decide is not there.
 */
function observe(rule: AlertRule, world: AlertWorld): Observation | null {
  switch (rule.kind) {
    case 'level': {
      const series = world.series.get(rule.instrumentId)
      const last = series && latestAt(series.points, world.now)
      if (!series || !last) return null
      const beyond = rule.direction === 'above' ? last.v > rule.level : last.v < rule.level
      return crossing(
        rule,
        beyond,
        last.t,
        `${series.name} ${rule.direction} ${rule.level}`,
        `Now ${series.instrument ? formatInstrumentLevel(last.v, series.instrument, false) : last.v} (crossed ${rule.level})`,
      )
    }
    case 'move': {
      const since = sinceEvent(rule, world)
      if (!since) return null
      const { series, base, last, event } = since
      // bp and units are differences of levels; a series of changes moves in % whatever the rule.
      const unit: MoveUnit = series.basis === 'level' ? (rule.unit ?? '%') : '%'
      // A % of a level at or below zero says nothing: the rule waits for a base above zero.
      if (unit === '%' && series.basis === 'level' && base.v <= 0) return null
      const move = moveBetween(base.v, last.v, series.basis, unit)
      if (move === null) return null
      return crossing(
        rule,
        Math.abs(move) >= rule.percent,
        last.t,
        `${series.name} ${formatMove(move, unit, series.instrument)} since ${event.label}`,
        `More than ${formatMoveSize(rule.percent, unit, series.instrument)} since the event`,
      )
    }
    case 'sigma': {
      const since = world.measureSigma ? sinceEvent(rule, world) : null
      const measured = since && world.measureSigma!(since.series, since.base, since.last)
      if (!since || !measured || measured.z === null) return null
      const { series, event } = since
      const z = measured.z
      return crossing(
        rule,
        Math.abs(z) >= rule.sigma,
        since.last.t,
        `${series.name} ${formatMove(measured.move, measured.unit, series.instrument)} (${Math.abs(z).toFixed(1)} sigma) since ${event.label}`,
        `More than ${rule.sigma} sigma of its usual moves over that time${series.illustrative ? ' (illustrative prices)' : ''}`,
      )
    }
    case 'session': {
      // Not loaded yet: no session can be said to have started or ended.
      if (!world.sessions) return null
      const sessions = world.sessions.filter(
        (s) => rule.sessionId === null || s.id === rule.sessionId,
      )
      const phases = sessions.map((s) => sessionPhase(s, world.now))
      return {
        // Each session's phase by its id: a session added, left out or moved in the list is
        // compared with itself, and one not seen before is its own baseline.
        state: sessions.map((s, i) => `${s.id}=${phases[i]}`).join('\n'),
        fire: (previous) => {
          const before = new Map(
            previous.split('\n').map((entry) => {
              const at = entry.lastIndexOf('=')
              return [entry.slice(0, at), entry.slice(at + 1)] as const
            }),
          )
          return sessions.flatMap((session, i) => {
            const was = before.get(session.id)
            const is = phases[i]
            if (was === undefined) return []
            const started = was === 'before' && is !== 'before' && rule.edge !== 'end'
            const ended = was !== 'after' && is === 'after' && rule.edge !== 'start'
            // A start the feed has not confirmed is the schedule's, and said so.
            const bySchedule = (edge: 'start' | 'end') => edge === 'start' && session.scheduled
            const edge = (edge: 'start' | 'end', happened: boolean, verb: string) =>
              happened
                ? [
                    {
                      key: `${rule.id}:${session.id}:${edge}`,
                      ruleId: rule.id,
                      title: bySchedule(edge)
                        ? `${session.label} was scheduled to start now`
                        : `${session.label} has ${verb}`,
                      body: bySchedule(edge)
                        ? `Scheduled start${approx(session, edge)}; the feed has not said it began`
                        : `Session ${edge}${approx(session, edge)}`,
                    },
                  ]
                : []
            return [...edge('start', started, 'started'), ...edge('end', ended, 'ended')]
          })
        },
      }
    }
    case 'followed': {
      const followed = world.followed
      if (!followed) return null
      const ids = followed.map((item) => item.id)
      return {
        state: ids.join('\n'),
        // Every item seen since the first look: one withdrawn and put back, or left out of a
        // refresh (unreadable for a while), is not news again.
        remember: (previous) => [...new Set([...previous.split('\n'), ...ids])].join('\n'),
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
    next.set(
      rule.id,
      previous !== undefined && observed.remember ? observed.remember(previous) : observed.state,
    )
    if (previous !== undefined && !rule.muted) fired.push(...observed.fire(previous))
  }
  return { fired, memory: next }
}
