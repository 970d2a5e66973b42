import { useEffect, useRef } from 'react'
import { useClock } from '../../hooks/clock-context'
import { useFeed } from '../../hooks/use-feed'
import { useFollowNotifications } from '../../hooks/use-follow-notifications'
import { notifyItems } from '../../lib/notify'
import { playAlertTone, useAlertSound } from './alert-sound'
import { pushToasts } from './alert-toasts-store'
import { evaluateAlerts } from './evaluate-alerts'
import type { AlertMemory, SigmaMeasure } from './alert-world'
import { useAlertRules } from './use-alert-rules'
import { useAlertWorld } from './use-alert-world'

const noItems: never[] = []

/**
 * Checks the viewer's alerts every second against the live feed: a toast when the tab is in view,
 * a browser notification when it is hidden (if the viewer opted in), a tone if asked for. Nothing
 * fires in replay: history is not news.
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

  useEffect(() => {
    if (asOf !== null) return
    const result = evaluateAlerts(rules, memory.current, world)
    memory.current = result.memory
    if (result.fired.length === 0) return
    pushToasts(result.fired, world.now)
    if (notify && document.visibilityState !== 'visible') {
      notifyItems(
        result.fired.map((f) => ({ id: f.key, title: f.title, body: f.body })),
        notified.current,
      )
    }
    if (sound) playAlertTone()
  }, [rules, world, asOf, notify, sound])
}
