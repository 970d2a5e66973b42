import type { Instrument } from '../../feed/schemas/types'
import { views, type View } from '../../hooks/url-params'
import type { ShareOptions, ShareTheme } from './share-links'

const viewLabels: Record<View, string> = {
  dashboard: 'Whole dashboard',
  timeline: 'Timeline',
  quotes: 'Quote wall',
  markets: 'Market panels',
  snapshot: 'Market snapshot strip',
}

const themes: { value: ShareTheme; label: string }[] = [
  { value: 'default', label: 'As configured' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'transparent', label: 'Transparent background' },
]

type Props = {
  options: ShareOptions
  set: (patch: Partial<ShareOptions>) => void
  setView: (view: View) => void
  instruments: readonly Instrument[]
}

/** What the shared page shows: the view (one instrument of the markets), theme and refresh. */
export function ShareViewFields({ options, set, setView, instruments }: Props) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <label className="grid gap-1">
        <span>Show</span>
        <select
          className="rounded border border-line bg-raised px-1 py-0.5"
          value={options.view}
          onChange={(e) => setView(views.find((v) => v === e.target.value) ?? 'dashboard')}
        >
          {views.map((view) => (
            <option key={view} value={view}>
              {viewLabels[view]}
            </option>
          ))}
        </select>
      </label>
      {options.view === 'markets' && (
        <label className="grid gap-1">
          <span>Instrument</span>
          <select
            className="rounded border border-line bg-raised px-1 py-0.5"
            value={options.instrument ?? ''}
            onChange={(e) => set({ instrument: e.target.value || null })}
          >
            <option value="">All instruments</option>
            {instruments.map((instrument) => (
              <option key={instrument.id} value={instrument.id}>
                {instrument.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="grid gap-1">
        <span>Theme</span>
        <select
          className="rounded border border-line bg-raised px-1 py-0.5"
          value={options.theme}
          onChange={(e) =>
            set({ theme: themes.find((t) => t.value === e.target.value)?.value ?? 'default' })
          }
        >
          {themes.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {theme.label}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1">
        <span>Refresh every (seconds, empty: as configured)</span>
        <input
          type="number"
          min={5}
          max={3600}
          className="rounded border border-line bg-raised px-1 py-0.5"
          value={options.refreshSeconds ?? ''}
          onChange={(e) => {
            const n = e.target.valueAsNumber
            set({ refreshSeconds: Number.isInteger(n) && n >= 5 && n <= 3600 ? n : null })
          }}
        />
      </label>
    </div>
  )
}
