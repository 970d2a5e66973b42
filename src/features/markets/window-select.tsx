import type { WindowOption } from './window-choice'

/** The time window of every panel, and Reset zoom while a dragged range is shown. */
export function WindowSelect({
  value,
  options,
  zoomed,
  onChoose,
  onResetZoom,
}: {
  value: string
  options: readonly WindowOption[]
  zoomed: boolean
  onChoose: (value: string) => void
  onResetZoom: () => void
}) {
  return (
    <>
      <label className="flex flex-col">
        <span className="text-muted">Time window</span>
        <select
          className="btn"
          value={value}
          onChange={(e) => onChoose(e.target.value)}
          title="Or drag across any chart to zoom; double-click a chart to go back"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {zoomed && (
        <button type="button" className="btn" onClick={onResetZoom}>
          Reset zoom
        </button>
      )}
    </>
  )
}
