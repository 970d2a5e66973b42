import { useCallback, useEffect, useRef } from 'react'
import { useClock } from '../../hooks/clock-context'
import { useFeed } from '../../hooks/use-feed'
import { useFollowNotifications } from '../../hooks/use-follow-notifications'
import { notifyItems } from '../../lib/notify'
import { playAlertTone, useAlertSound } from './alert-sound'
import { pushToasts } from './alert-toasts-store'
import { evaluateAlerts } from './evaluate-alerts'
import type { AlertMemory, FiredAlert, SigmaMeasure } from './alert-world'
import { useCalledOffNews } from './use-called-off-news'
import { useAlertRules } from './use-alert-rules'
import { useAlertWorld } from './use-alert-world'
import { useGoneNotices } from './use-gone-notices'

const noItems: never[] = []

/**
 * Checks the viewer's alerts every second against the live feed, and tells of a session they watch
 * that the feed postpones or cancels: a toast when the tab is in view, a browser notification when
 * it is hidden (if the viewer opted in), a tone if asked for; and, in a notice of its own, of an
 * alert whose item leaves the feed. Nothing fires in replay: history is not news.
 */
export function useAlertWatcher(measureSigma?: SigmaMeasure) {
  const { rules } = useAlertRules()
  const { asOf } = useFeed()
  const { now } = useClock(1000)
  const world = useAlertWorld(rules, now, measureSigma)
  const { enabled: notify } = useFollowNotifications(noItems)
  const [sound] = useAlertSound()
  const memory = useRef<AlertMemory>(new Map())
  const notified = useRef(new Set<string>())

  const deliver = useCallback(
    (fired: FiredAlert[], at: number) => {
      pushToasts(fired, at)
      if (notify && document.visibilityState !== 'visible') {
        notifyItems(
          fired.map((f) => ({ id: f.key, title: f.title, body: f.body })),
          notified.current,
        )
      }
      if (sound) playAlertTone()
    },
    [notify, sound],
  )

  useEffect(() => {
    if (asOf !== null) return
    const result = evaluateAlerts(rules, memory.current, world)
    memory.current = result.memory
    if (result.fired.length > 0) deliver(result.fired, world.now)
  }, [rules, world, asOf, deliver])

  useCalledOffNews(rules, deliver)
  useGoneNotices(rules)
}
