import { useState } from 'react'

type ChartState = { activeLabel?: unknown }

const timeOf = (state: ChartState | null | undefined): number | null => {
  const t = Number(state?.activeLabel)
  return state && state.activeLabel !== undefined && Number.isFinite(t) ? t : null
}

/**
 * Drag across a chart to zoom to that range; double-click to go back. Returns the chart's mouse
 * handlers and the range being dragged (drawn as a shaded area).
 */
export function useDragZoom(
  onZoom: ((from: number, to: number) => void) | undefined,
  onReset: (() => void) | undefined,
) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null)
  if (!onZoom) return { area: null, handlers: {}, onDoubleClick: undefined }
  return {
    area:
      drag && drag.to !== drag.from
        ? { x1: Math.min(drag.from, drag.to), x2: Math.max(drag.from, drag.to) }
        : null,
    handlers: {
      onMouseDown: (state: ChartState) => {
        const t = timeOf(state)
        if (t !== null) setDrag({ from: t, to: t })
      },
      onMouseMoveDrag: (state: ChartState) => {
        const t = timeOf(state)
        if (t !== null) setDrag((current) => (current ? { ...current, to: t } : current))
      },
      onMouseUp: () => {
        if (drag && drag.to !== drag.from)
          onZoom(Math.min(drag.from, drag.to), Math.max(drag.from, drag.to))
        setDrag(null)
      },
      onMouseLeave: () => setDrag(null),
    },
    onDoubleClick: onReset,
  }
}
