import { useHoverTime } from './hover-time'
import { readoutAt, type Readout, type ReadoutInput } from './readout-at'
import { CutWords } from './cut-words'
import { wholeNameIn } from './whole-name'

type Props = {
  input: ReadoutInput
  /**
   * The chart alone in a frame: the line takes the lines its last value needs (one where it fits),
   * and a longer hovered reading lies over the words below it, so nothing moves under the pointer.
   * Else two lines are kept for it, level with the neighbouring cards', a longer reading (a move
   * since an event with a long title) ending in "…" there, the whole in its tooltip: never cut
   * unmarked after a word that reads as the end ("+1.37% since Ministry of Commerce"). An event's
   * name cut short ("export lic…") is whole in the tooltip and for screen readers.
   */
  overlaid?: boolean
  /** Overlaid, on one line all the same (a tiny frame): cut with "…", the whole in its tooltip. */
  oneLine?: boolean
}

/**
 * A panel's legend line, as on trading screens: the value at the moment hovered in any panel (one
 * crosshair across them), else the last value. In the panel's own header, so nothing floats over a
 * neighbouring plot. Only this line re-renders as the pointer moves.
 */
export function InstrumentReadout({ input, overlaid = false, oneLine = false }: Props) {
  const hovered = useHoverTime()
  const readout = readoutAt(input, hovered)
  if (!readout) return <p className={overlaid ? 'h-4' : 'h-8'} />
  const base = input.base
  if (!overlaid)
    return <ReadoutLine readout={readout} base={base} className="line-clamp-2 h-8 text-ellipsis" />
  const resting = readout.hovering ? readoutAt(input, null) : null
  // Positioned: words for screen readers past the cut stay inside it, not past the page's width.
  const lines = oneLine ? 'relative truncate' : ''
  return (
    <div className="relative">
      {resting && (
        <ReadoutLine readout={resting} base={base} className={`invisible ${lines}`} held />
      )}
      <ReadoutLine
        readout={readout}
        base={base}
        className={
          resting ? `absolute inset-x-0 top-0 z-10 bg-surface ${oneLine ? 'truncate' : ''}` : lines
        }
      />
    </div>
  )
}

/** `held`: the last value's line kept, unseen, to hold its height while a reading lies over it. */
function ReadoutLine({
  readout,
  base,
  className,
  held = false,
}: {
  readout: Readout
  /** The event counted from: its whole name, where the line names it cut. */
  base: ReadoutInput['base']
  className: string
  held?: boolean
}) {
  const move = readout.move && { shown: readout.move, whole: wholeNameIn(readout.move, base) }
  const note = readout.note && { shown: readout.note, whole: wholeNameIn(readout.note, base) }
  return (
    <p
      data-testid={held ? undefined : 'market-readout'}
      data-hovering={held ? undefined : readout.hovering}
      aria-hidden={held || undefined}
      className={`text-[11px] leading-4 break-words ${className}`}
      title={[readout.when, readout.value, move && move.whole, note && note.whole]
        .filter(Boolean)
        .join(' · ')}
    >
      <span className="text-muted">{readout.when}</span>{' '}
      <span className="font-mono font-semibold">{readout.value}</span>
      {move && (
        <span className="font-mono">
          {' '}
          <CutWords {...move} />
        </span>
      )}
      {note && (
        <span className={readout.hovering ? 'text-warn' : 'text-muted'}>
          {' '}
          (<CutWords {...note} />)
        </span>
      )}
    </p>
  )
}
