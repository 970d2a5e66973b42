import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { marketsQueries } from '../../feed/queries'
import { sessionLabel } from '../../feed/session-label'
import { pointsInOrder } from '../../feed/series-times'
import { useFeed } from '../../hooks/use-feed'
import { useFollows } from '../../hooks/use-follows'
import type { AlertRule } from './alert-rules'
import { eventKey, type AlertWorld, type SigmaMeasure } from './alert-world'
import { useAlertFeed } from './use-alert-feed'
import { isGone, listedIds } from './gone-from-feed'
import { isCalledOff } from '../../feed/called-off'
import { sinceMoment } from './called-off-rules'

type SeriesEntry = AlertWorld['series'] extends ReadonlyMap<string, infer V> ? V : never

/** What the alerts look at, from the live feed at `now`: only the series the rules name are read. */
export function useAlertWorld(
  rules: readonly AlertRule[],
  now: number,
  measureSigma?: SigmaMeasure,
): AlertWorld {
  const feed = useFeed()
  const { isFollowed } = useFollows()
  const { index, markets, sessions, developments, quotes } = useAlertFeed()
  // An instrument the markets list, in whole, no longer holds is not read: its rules cannot fire
  // (even if its series is still served) until the feed lists it again.
  const listed = useMemo(() => listedIds(markets.data, 'instruments'), [markets.data])
  const instrumentIds = useMemo(
    () =>
      [
        ...new Set(
          rules.flatMap((r) =>
            (r.kind === 'level' || r.kind === 'move' || r.kind === 'sigma') &&
            !isGone(r.instrumentId, listed)
              ? [r.instrumentId]
              : [],
          ),
        ),
      ].sort(),
    [rules, listed],
  )
  const series = useQueries({
    queries: instrumentIds.map((id) => marketsQueries.series(feed, id)),
    combine: (results) => results.map((r) => r.data),
  })

  const seriesMap = useMemo(() => {
    const byId = new Map((markets.data?.instruments ?? []).map((m) => [m.id, m]))
    const map = new Map<string, SeriesEntry>()
    instrumentIds.forEach((id, i) => {
      const data = series[i]?.series
      if (!data) return
      const instrument = byId.get(id)
      map.set(id, {
        name: instrument?.shortName ?? id,
        basis: data.basis,
        // In time order, parsed once per series (shared with the charts).
        points: pointsInOrder(data.points),
        instrument,
        illustrative: data.illustrative,
      })
    })
    return map
  }, [instrumentIds, series, markets.data])

  const rounds = index.data?.rounds
  const people = useMemo(
    () => new Map((index.data?.people ?? []).map((p) => [p.id, p.name])),
    [index.data],
  )
  // Only the events and followed items the rules read: on a long feed, all of them would be
  // tens of thousands of entries rebuilt whenever the quotes change.
  const wantedEvents = useMemo(
    () =>
      new Set(
        rules.flatMap((r) => (r.kind === 'move' || r.kind === 'sigma' ? [eventKey(r.since)] : [])),
      ),
    [rules],
  )
  const wantsFollowed = rules.some((r) => r.kind === 'followed')
  const events = useMemo(() => {
    const map = new Map<string, { at: number; label: string }>()
    if (wantedEvents.size === 0) return map
    const add = (key: string, event: () => { at: number; label: string }) => {
      if (wantedEvents.has(key)) map.set(key, event())
    }
    for (const s of sessions.data?.sessions ?? []) {
      // Never from a start called off: a postponed session from its new start, once given.
      const at = sinceMoment(s)
      if (at !== null)
        add(eventKey({ kind: 'session', id: s.id }), () => ({
          at,
          label: sessionLabel(s, rounds ?? []),
        }))
    }
    for (const d of developments.data?.developments ?? [])
      add(eventKey({ kind: 'development', id: d.id }), () => ({
        at: Date.parse(d.at),
        label: d.title,
      }))
    for (const q of quotes.data?.quotes ?? [])
      add(eventKey({ kind: 'quote', id: q.id }), () => ({
        at: Date.parse(q.saidAt),
        label: `${people.get(q.personId) ?? q.personId}’s remark`,
      }))
    return map
  }, [wantedEvents, sessions.data, developments.data, quotes.data, people, rounds])

  const sessionList = useMemo(
    () =>
      sessions.data
        ? // A session postponed or cancelled never starts or ends at its times: no alert of it.
          sessions.data.sessions
            .filter((s) => !isCalledOff(s))
            .map((s) => ({
              id: s.id,
              label: sessionLabel(s, rounds ?? []),
              start: Date.parse(s.start),
              end: s.end === null ? null : Date.parse(s.end),
              concluded: s.status === 'concluded',
              scheduled: s.status === 'scheduled',
              approximate: s.startPrecision !== 'exact',
              endApproximate: s.endPrecision !== 'exact',
            }))
        : null,
    [sessions.data, rounds],
  )

  const followed = useMemo(() => {
    if (!wantsFollowed || !quotes.data || !developments.data) return null
    return [
      ...quotes.data.quotes.filter(isFollowed).map((q) => ({
        id: `quote:${q.id}`,
        title: `${people.get(q.personId) ?? q.personId}: “${q.text}”`,
      })),
      ...developments.data.developments
        .filter(isFollowed)
        .map((d) => ({ id: `development:${d.id}`, title: d.title })),
    ]
  }, [wantsFollowed, quotes.data, developments.data, isFollowed, people])

  return useMemo(
    () => ({ now, series: seriesMap, events, sessions: sessionList, followed, measureSigma }),
    [now, seriesMap, events, sessionList, followed, measureSigma],
  )
}
