import { useId, useRef, useState, type FormEvent, type Ref } from 'react'
import type { AlertRule } from './alert-rules'
import { useAlertChoices, useMoveAlertUnit } from './use-alert-choices'
import { moveUnitWords } from '../../lib/move-unit'
import { LastPriceHint } from './last-price-hint'
import { chosenEvent, SinceField } from './since-field'

type Kind = AlertRule['kind']

const kindLabels: Record<Kind, string> = {
  level: 'A price crosses a level',
  move: 'A price moves by a set amount since an event',
  sigma: 'A price moves N sigma since an event',
  session: 'A session starts or ends',
  followed: 'Someone or something I follow has news',
}

const edgeOf = (value: string) => (value === 'start' || value === 'end' ? value : 'both')
const newId = () => `alert-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`

/** Builds one alert rule from the feed's own instruments, sessions and events. */
export function AlertForm({
  onAdd,
  kindRef,
}: {
  onAdd: (rule: AlertRule) => void
  /** The first field ("Alert me when"), for the focus once the last alert is removed. */
  kindRef?: Ref<HTMLSelectElement>
}) {
  const { instruments, sessionChoices, events } = useAlertChoices()

  const [kind, setKind] = useState<Kind>('level')
  const [instrumentId, setInstrumentId] = useState('')
  const [direction, setDirection] = useState<'above' | 'below'>('above')
  const [amount, setAmount] = useState('')
  const [eventKey, setEventKey] = useState('')
  const [sessionId, setSessionId] = useState('')
  const [edge, setEdge] = useState<'start' | 'end' | 'both'>('both')
  const ids = useId()
  const amountInput = useRef<HTMLInputElement>(null)

  // A choice the feed has since dropped (an instrument, a session withdrawn or called off while the
  // form is open) gives way to what the select then shows: the alert is set on what the viewer sees.
  const chosen = instruments.find((i) => i.id === instrumentId) ?? instruments[0]
  const instrument = chosen?.id ?? ''
  const session = sessionChoices.some((s) => s.id === sessionId && !s.disabled) ? sessionId : ''
  const moveUnit = useMoveAlertUnit(kind === 'move' ? chosen : undefined)
  const event = chosenEvent(events, eventKey)
  const value = Number(amount)
  const valid =
    kind === 'level'
      ? amount.trim() !== '' && Number.isFinite(value) && instrument !== ''
      : kind === 'move' || kind === 'sigma'
        ? value > 0 && instrument !== '' && event !== undefined
        : true

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!valid) return
    const base = { id: newId(), muted: false }
    const unit = moveUnit === '%' ? {} : { unit: moveUnit }
    if (kind === 'level')
      onAdd({ ...base, kind, instrumentId: instrument, direction, level: value })
    else if (kind === 'move' && event)
      onAdd({ ...base, ...unit, kind, instrumentId: instrument, percent: value, since: event.ref })
    else if (kind === 'sigma' && event)
      onAdd({ ...base, kind, instrumentId: instrument, sigma: value, since: event.ref })
    else if (kind === 'session') onAdd({ ...base, kind, sessionId: session || null, edge })
    else if (kind === 'followed') onAdd({ ...base, kind })
    // The amount is emptied, which disables Add alert: the focus goes to the amount, for the next.
    if (amount !== '') amountInput.current?.focus()
    setAmount('')
  }

  const field = 'flex flex-col gap-0.5 text-xs'
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="New alert">
      <label className={field}>
        <span className="text-muted">Alert me when</span>
        <select
          ref={kindRef}
          className="btn"
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
        >
          {(Object.keys(kindLabels) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
      </label>
      {(kind === 'level' || kind === 'move' || kind === 'sigma') && (
        <label className={field}>
          <span className="text-muted">Instrument</span>
          <select
            className="btn max-w-[12rem]"
            value={instrument}
            onChange={(e) => setInstrumentId(e.target.value)}
          >
            {instruments.map((i) => (
              <option key={i.id} value={i.id}>
                {i.shortName}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'level' && (
        <label className={field}>
          <span className="text-muted">Goes</span>
          <select
            className="btn"
            value={direction}
            onChange={(e) => setDirection(e.target.value === 'below' ? 'below' : 'above')}
          >
            <option value="above">above</option>
            <option value="below">below</option>
          </select>
        </label>
      )}
      {(kind === 'level' || kind === 'move' || kind === 'sigma') && (
        <label className={field} htmlFor={`${ids}-amount`}>
          <span className="text-muted">
            {kind === 'level'
              ? 'Level'
              : kind === 'move'
                ? `Move, ${chosen ? moveUnitWords(moveUnit, chosen) : '%'} either way`
                : 'Move, sigma either way'}
          </span>
          <input
            ref={amountInput}
            id={`${ids}-amount`}
            className="btn w-24"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
      )}
      {(kind === 'move' || kind === 'sigma') && (
        <SinceField events={events} chosen={event} onChoose={setEventKey} className={field} />
      )}
      {kind === 'session' && (
        <>
          <label className={field}>
            <span className="text-muted">Session</span>
            <select
              className="btn max-w-[14rem]"
              value={session}
              onChange={(e) => setSessionId(e.target.value)}
            >
              <option value="">Any session</option>
              {sessionChoices.map((s) => (
                <option key={s.id} value={s.id} disabled={s.disabled}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label className={field}>
            <span className="text-muted">On</span>
            <select className="btn" value={edge} onChange={(e) => setEdge(edgeOf(e.target.value))}>
              <option value="both">start and end</option>
              <option value="start">start</option>
              <option value="end">end</option>
            </select>
          </label>
        </>
      )}
      {kind === 'sigma' && (
        <p className="w-full text-xs text-muted">
          Sigma: the move since the event against the instrument’s own moves over the same length of
          time (at least 20 of them), as in the reaction table. On illustrative prices the alert
          says so.
        </p>
      )}
      <button type="submit" className="btn" disabled={!valid}>
        Add alert
      </button>
      {kind === 'level' && chosen && <LastPriceHint instrument={chosen} />}
    </form>
  )
}
