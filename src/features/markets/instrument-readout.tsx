import { useHoverTime } from './hover-time'
import { readoutAt, type ReadoutInput } from './readout-at'

/**
 * A panel's legend line, as on trading screens: the value at the moment hovered in any panel (one
 * crosshair across them), else the last value. In the panel's own header, so nothing floats over a
 * neighbouring plot. Only this line re-renders as the pointer moves.
 */
export function InstrumentReadout({ input }: { input: ReadoutInput }) {
  const hovered = useHoverTime()
  const readout = readoutAt(input, hovered)
  if (!readout) return <p className="h-8" />
  return (
    <p
      data-testid="market-readout"
      data-hovering={readout.hovering}
      className="h-8 overflow-hidden text-[11px] leading-4 break-words"
      title={[readout.when, readout.value, readout.move, readout.note].filter(Boolean).join(' · ')}
    >
      <span className="text-muted">{readout.when}</span>{' '}
      <span className="font-mono font-semibold">{readout.value}</span>
      {readout.move && <span className="font-mono"> {readout.move}</span>}
      {readout.note && (
        <span className={readout.hovering ? 'text-warn' : 'text-muted'}> ({readout.note})</span>
      )}
    </p>
  )
}
