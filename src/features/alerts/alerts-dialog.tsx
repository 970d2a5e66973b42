import { useRef } from 'react'
import { DialogButton } from '../../components/dialog-button'
import { useFollowNotifications } from '../../hooks/use-follow-notifications'
import { sameControlNearby, useFocusAfterRemoval } from '../../hooks/use-focus-after-removal'
import { AlertForm } from './alert-form'
import { useAlertSound } from './alert-sound'
import { useAlertCounts, type AlertCounts } from './use-alert-counts'
import { useAlertRules } from './use-alert-rules'
import { useRuleDescriber } from './use-rule-describer'

const noItems: never[] = []

/**
 * After "Alerts": " (2)", the alerts not muted that can fire; " (2, 1 will not fire)" when others are
 * on a session called off or on something the feed no longer lists; nothing while none is set.
 */
function alertsCountWords({ set, canFire, cannotFire }: AlertCounts) {
  if (set === 0) return ''
  return cannotFire > 0 ? ` (${canFire}, ${cannotFire} will not fire)` : ` (${canFire})`
}

/** The button's tooltip when some alerts will not fire: why. */
function cannotFireTitle({ calledOff, gone }: AlertCounts) {
  if (calledOff > 0 && gone > 0)
    return 'Some alerts are on sessions postponed or cancelled, some on what the feed no longer lists'
  if (calledOff > 0) return 'Some alerts are on sessions postponed or cancelled'
  if (gone > 0) return 'Some alerts are on what the feed no longer lists'
  return undefined
}

/** "Alerts": the viewer's alerts for this feed, to add, mute or remove; sound and notifications. */
export function AlertsDialog() {
  const counts = useAlertCounts()
  const label = (
    <>
      <span aria-hidden="true">◉ </span>Alerts{alertsCountWords(counts)}
    </>
  )
  return (
    <DialogButton
      label={label}
      titleId="alerts-title"
      widthClass="w-[min(48rem,calc(100vw-1rem))]"
      title={cannotFireTitle(counts)}
    >
      {(close) => <AlertsPanel onDone={close} />}
    </DialogButton>
  )
}

function AlertsPanel({ onDone }: { onDone: () => void }) {
  const { rules, add, remove, setMuted } = useAlertRules()
  const [sound, setSound] = useAlertSound()
  const notifications = useFollowNotifications(noItems)
  const describe = useRuleDescriber()
  const kindField = useRef<HTMLSelectElement>(null)
  const handOn = useFocusAfterRemoval(kindField)
  return (
    <div className="flex flex-col gap-3 text-sm">
      <div className="flex items-center gap-2">
        <h2 id="alerts-title" className="text-base font-semibold">
          Alerts
        </h2>
        <button type="button" className="btn ml-auto" onClick={onDone}>
          Close
        </button>
      </div>
      <p className="text-xs text-muted">
        Kept in this browser for this feed. They fire as a message on the page, and as a
        notification while the tab is hidden if you allow it.
      </p>
      <AlertForm onAdd={add} kindRef={kindField} />
      {rules.length === 0 ? (
        <p className="text-muted">No alerts set yet.</p>
      ) : (
        <ul aria-label="Your alerts" className="flex flex-col divide-y divide-line">
          {rules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap items-center gap-2 py-1">
              <span
                className={`min-w-0 flex-1 [overflow-wrap:anywhere] ${rule.muted ? 'text-muted line-through' : ''}`}
              >
                {describe(rule)}
              </span>
              <button
                type="button"
                className="btn"
                aria-pressed={rule.muted}
                onClick={() => setMuted(rule.id, !rule.muted)}
              >
                {rule.muted ? 'Muted' : 'Mute'}
              </button>
              <button
                type="button"
                className="btn"
                data-remove-alert=""
                onClick={(event) => {
                  handOn(sameControlNearby(event.currentTarget, '[data-remove-alert]'))
                  remove(rule.id)
                }}
                aria-label={`Remove alert: ${describe(rule)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-3 text-xs">
        <label className="flex min-h-6 items-center gap-1">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} />{' '}
          Play a sound
        </label>
        {notifications.permission === 'unsupported' ? (
          <span className="text-muted">This browser cannot show notifications here.</span>
        ) : notifications.enabled ? (
          <span>Notifications on while the tab is hidden.</span>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() => void notifications.enable()}
            disabled={notifications.permission === 'denied'}
          >
            Notify me while the tab is hidden
          </button>
        )}
      </div>
    </div>
  )
}
