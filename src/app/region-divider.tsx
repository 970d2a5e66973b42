import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import {
  dividerRange,
  keyStep,
  moveDivider,
  regionTitles,
  regions,
  type DeskLayout,
} from '../hooks/desk-layout'

type Props = {
  /** The divider after this region (0: timeline | quotes, 1: quotes | markets). */
  index: 0 | 1
  layout: DeskLayout
  onChange: (next: DeskLayout) => void
  /** While dragging, the split's grid is restyled directly (no React render per pointer move). */
  preview: (next: DeskLayout) => void
  /** The width in px that the shown regions share, measured when a drag starts. */
  sharedWidth: () => number
  onCollapse: () => void
}

/**
 * A vertical divider between two regions, the WAI-ARIA window splitter: drag it, or focus it and
 * use the arrow keys (Shift: ten steps), Home and End; Enter folds the region before it.
 * Its value is the share of the width of the region before it, in percent.
 */
export function RegionDivider({
  index,
  layout,
  onChange,
  preview,
  sharedWidth,
  onCollapse,
}: Props) {
  const drag = useRef<{ x: number; start: DeskLayout; width: number; last: DeskLayout } | null>(
    null,
  )
  const before = regions[index]!
  const after = regions[index + 1]!
  const { min, max } = dividerRange(layout, index)
  const value = layout.sizes[index]!

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? keyStep * 10 : keyStep
    const deltas: Record<string, number> = {
      ArrowLeft: -step,
      ArrowRight: step,
      Home: min - value,
      End: max - value,
    }
    const delta = deltas[event.key]
    if (delta !== undefined) {
      event.preventDefault()
      onChange(moveDivider(layout, index, delta))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onCollapse()
    }
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
    event.currentTarget.focus()
    drag.current = {
      x: event.clientX,
      start: layout,
      width: Math.max(1, sharedWidth()),
      last: layout,
    }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d) return
    const shownShare = d.start.sizes.reduce(
      (sum, size, i) => sum + (d.start.collapsed[i] ? 0 : size),
      0,
    )
    d.last = moveDivider(d.start, index, ((event.clientX - d.x) / d.width) * shownShare)
    preview(d.last)
  }
  const onPointerUp = () => {
    const d = drag.current
    drag.current = null
    if (d && d.last !== d.start) onChange(d.last)
  }

  return (
    // A focusable separator is a widget (WAI-ARIA window splitter); jsx-a11y counts it as static.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="separator"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={`Resize the ${regionTitles[before].toLowerCase()} and the ${regionTitles[after].toLowerCase()}`}
      aria-controls={`region-${before}`}
      aria-valuenow={Math.round(value)}
      aria-valuemin={Math.round(min)}
      aria-valuemax={Math.round(max)}
      title="Drag, or use the arrow keys; Enter folds the region on the left"
      className="group flex cursor-col-resize touch-none items-center justify-center select-none"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <span
        aria-hidden="true"
        className="h-12 w-1 rounded-full bg-line group-hover:bg-accent group-focus-visible:bg-accent"
      />
    </div>
  )
}
