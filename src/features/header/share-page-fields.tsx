import { useNow } from '../../hooks/clock-context'
import { formatDateTime } from '../../lib/format-time'
import { showsWall, type ShareOptions } from './share-links'
import { SelectionName } from './selection-name'
import { WallFiltersName } from './wall-filters-name'

type Props = {
  options: ShareOptions
  set: (patch: Partial<ShareOptions>) => void
  zone: string
  /** The page's selection, offered to keep; null when nothing is selected. */
  currentSelection: ShareOptions['selection'] | null
  /** The quote wall's filters in force, offered to keep on a view with the wall; null when none. */
  currentWallFilters: ShareOptions['wallFilters'] | null
  /** The moment the page replays, offered to keep; null when live. */
  replayedAt: number | null
}

/** What the shared page has on it: header, filters, zone picker, fixed zone, selection, kiosk. */
export function SharePageFields({
  options,
  set,
  zone,
  currentSelection,
  currentWallFilters,
  replayedAt,
}: Props) {
  const now = useNow(60_000)
  const checkbox = (
    key: 'header' | 'filters' | 'timeZonePicker' | 'kiosk',
    label: string,
    disabled = false,
  ) => (
    <label className="flex items-center gap-1">
      <input
        type="checkbox"
        checked={options[key]}
        disabled={disabled}
        onChange={(e) => set({ [key]: e.target.checked })}
      />
      {label}
    </label>
  )

  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
      <legend className="mb-1">Show on the page</legend>
      {checkbox('header', 'Header')}
      {checkbox('filters', 'Filters', options.kiosk)}
      {checkbox('timeZonePicker', 'Time-zone picker', options.kiosk)}
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={options.timeZone !== null}
          onChange={(e) => set({ timeZone: e.target.checked ? zone : null })}
        />
        Fix times to {zone}
      </label>
      {currentSelection && (
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={Object.keys(options.selection).length > 0}
            onChange={(e) => set({ selection: e.target.checked ? currentSelection : {} })}
          />
          Keep the current selection (<SelectionName selection={currentSelection} />)
        </label>
      )}
      {currentWallFilters && showsWall(options.view) && (
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={Object.keys(options.wallFilters).length > 0}
            onChange={(e) => set({ wallFilters: e.target.checked ? currentWallFilters : {} })}
          />
          Keep the quote wall’s filters (
          <WallFiltersName filters={currentWallFilters} zone={zone} />)
        </label>
      )}
      {replayedAt !== null && (
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={options.pageState.asof !== undefined}
            onChange={(e) =>
              set({
                pageState: {
                  ...options.pageState,
                  asof: e.target.checked ? replayedAt : undefined,
                },
              })
            }
          />
          Keep the replay at {formatDateTime(replayedAt, zone, undefined, now)} (else: live)
        </label>
      )}
      {checkbox('kiosk', 'Kiosk (wall screen: no controls, large type)')}
      {options.kiosk && (
        <label className="flex items-center gap-1">
          Rotate panels every
          <input
            type="number"
            min={5}
            className="w-16 rounded border border-line bg-raised px-1 py-0.5"
            value={options.rotateSeconds ?? ''}
            onChange={(e) => {
              const n = e.target.valueAsNumber
              set({ rotateSeconds: Number.isInteger(n) && n >= 5 ? n : null })
            }}
          />
          s
        </label>
      )}
    </fieldset>
  )
}
