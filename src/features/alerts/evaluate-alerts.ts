import type { AlertRule } from './alert-rules'
import { formatInstrumentLevel } from '../../lib/format-number'
import { formatMove, formatMoveSize, moveBetween, type MoveUnit } from '../../lib/move-unit'
import type { AlertMemory, AlertWorld, FiredAlert } from './alert-world'
import { latestAt, sinceEvent } from './since-event'

type Phase = 'before' | 'during' | 'after'

function sessionPhase(session: AlertWorld['sessions'][number], now: number): Phase {
  if (now < session.start) return 'before'
  if (session.end !== null ? now >= session.end : session.concluded) return 'after'
  return 'during'
}

/** The feed gives some session times only roughly: an alert on such a time says so. */
const approx = (session: { approximate: boolean }) =>
  session.approximate ? ' (by the feed’s approximate time)' : ''

type Observation = { state: string; fire: (previous: string) => FiredAlert[] }

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
                        ? `Scheduled start${approx(session)}; the feed has not said it began`
                        : `Session ${edge}${approx(session)}`,
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
