import { useHoverTime } from './hover-time'
import { readoutAt, type Readout, type ReadoutInput } from './readout-at'

type Props = {
  input: ReadoutInput
  /**
   * The chart alone in a frame: the line takes the lines its last value needs (one where it fits),
   * and a longer hovered reading lies over the words below it, so nothing moves under the pointer.
   * Else two lines are kept for it, level with the neighbouring cards', a longer reading (a move
   * since an event with a long title) ending in "…" there, the whole in its tooltip: never cut
   * unmarked after a word that reads as the end ("+1.37% since Ministry of Commerce").
   */
  overlaid?: boolean
}

/**
 * A panel's legend line, as on trading screens: the value at the moment hovered in any panel (one
 * crosshair across them), else the last value. In the panel's own header, so nothing floats over a
 * neighbouring plot. Only this line re-renders as the pointer moves.
 */
export function InstrumentReadout({ input, overlaid = false }: Props) {
  const hovered = useHoverTime()
  const readout = readoutAt(input, hovered)
  if (!readout) return <p className={overlaid ? 'h-4' : 'h-8'} />
  if (!overlaid) return <ReadoutLine readout={readout} className="line-clamp-2 h-8 text-ellipsis" />
  const resting = readout.hovering ? readoutAt(input, null) : null
  return (
    <div className="relative">
      {resting && <ReadoutLine readout={resting} className="invisible" held />}
      <ReadoutLine
        readout={readout}
        className={resting ? 'absolute inset-x-0 top-0 z-10 bg-surface' : ''}
      />
    </div>
  )
}

/** `held`: the last value's line kept, unseen, to hold its height while a reading lies over it. */
function ReadoutLine({
  readout,
  className,
  held = false,
}: {
  readout: Readout
  className: string
  held?: boolean
}) {
  return (
    <p
      data-testid={held ? undefined : 'market-readout'}
      data-hovering={held ? undefined : readout.hovering}
      aria-hidden={held || undefined}
      className={`text-[11px] leading-4 break-words ${className}`}
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
