import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { DialogButton } from '../../components/dialog-button'
import { marketsQueries } from '../../feed/queries'
import { readChrome, useChrome } from '../../hooks/chrome-context'
import { rawParam, readParam, views, writeParams, type View } from '../../hooks/url-params'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useSearchText } from '../../hooks/use-url-param'
import { selectionParams } from '../../hooks/use-selection'
import { copyText } from '../../lib/copy-text'
import {
  buildIframeSnippet,
  buildShareUrl,
  type ShareOptions,
  type ShareTheme,
} from './share-links'
import { readOrigin } from '../../hooks/url-values'
import { SelectionName } from './selection-name'

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

/** "Share / embed": builds the link and the iframe for the current view and chosen options. */
export function ShareDialog() {
  return (
    <DialogButton label="Share / embed" titleId="share-title">
      {(close) => <ShareForm onDone={close} />}
    </DialogButton>
  )
}

function ShareForm({ onDone }: { onDone: () => void }) {
  const chrome = useChrome()
  const search = new URLSearchParams(useSearchText())
  const [zone] = useDisplayZone()
  const { feedBaseUrl } = useRuntime()
  const markets = useQuery(marketsQueries.list(feedBaseUrl))
  const currentSelection = Object.fromEntries(
    selectionParams.flatMap((key) => {
      const value = readParam(key, search)
      return value ? [[key, value]] : []
    }),
  )
  const [options, setOptions] = useState<ShareOptions>(() => ({
    view: chrome.view,
    instrument: chrome.instrument,
    theme: 'default',
    timeZone: rawParam('tz', search) ? zone : null,
    header: chrome.header,
    filters: chrome.filters,
    timeZonePicker: chrome.timeZonePicker,
    refreshSeconds: null,
    kiosk: false,
    rotateSeconds: null,
    selection: currentSelection,
    parentOrigin: null,
  }))
  const [parentText, setParentText] = useState('')
  const [copied, setCopied] = useState<string | null>(null)
  const set = (patch: Partial<ShareOptions>) => setOptions((current) => ({ ...current, ...patch }))
  // A new view starts from that view's own chrome defaults (a single panel: no header, no picker).
  const setView = (view: View) => {
    const { header, filters, timeZonePicker } = readChrome(
      writeParams(new URLSearchParams(), { view }),
    )
    set({ view, header, filters, timeZonePicker })
  }
  const parentOrigin = readOrigin(parentText.trim())
  const link = buildShareUrl(document.baseURI, { ...options, parentOrigin: null })
  const embedUrl = buildShareUrl(document.baseURI, { ...options, parentOrigin })
  const snippet = buildIframeSnippet(embedUrl, options.view)
  const hasSelection = Object.keys(currentSelection).length > 0

  const copy = async (what: string, text: string) => setCopied((await copyText(text)) ? what : null)

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
    <form method="dialog" className="grid gap-3 text-sm" onSubmit={onDone}>
      <h2 id="share-title" className="text-base font-semibold">
        Share / embed
      </h2>
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
              {markets.data?.instruments.map((instrument) => (
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
        {hasSelection && (
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={Object.keys(options.selection).length > 0}
              onChange={(e) => set({ selection: e.target.checked ? currentSelection : {} })}
            />
            Keep the current selection (<SelectionName selection={currentSelection} />)
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
      <label className="grid gap-1">
        <span>Link</span>
        <input
          readOnly
          className="rounded border border-line bg-raised px-1 py-0.5 font-mono text-xs"
          value={link}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <label className="grid gap-1">
        <span>Host page origin, for automatic iframe height (e.g. https://portal.example)</span>
        <input
          className="rounded border border-line bg-raised px-1 py-0.5"
          value={parentText}
          placeholder="https://portal.example"
          onChange={(e) => setParentText(e.target.value)}
          aria-invalid={parentText.trim() !== '' && parentOrigin === null}
        />
      </label>
      {parentText.trim() !== '' && parentOrigin === null && (
        <p className="text-danger">Not an http(s) origin: the iframe will not report its height.</p>
      )}
      <label className="grid gap-1">
        <span>Iframe</span>
        <textarea
          readOnly
          rows={3}
          className="rounded border border-line bg-raised px-1 py-0.5 font-mono text-xs"
          value={snippet}
          onFocus={(e) => e.target.select()}
        />
      </label>
      <p className="text-xs text-muted">
        The host page sizes the iframe with the script in docs/embedding.md; the dashboard's server
        must allow the host in its frame-ancestors policy (docs/deploy.md).
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn" onClick={() => void copy('link', link)}>
          Copy link
        </button>
        <button type="button" className="btn" onClick={() => void copy('iframe', snippet)}>
          Copy iframe
        </button>
        <span role="status" className="text-xs text-muted">
          {copied ? `Copied the ${copied}` : ''}
        </span>
        <button type="submit" className="btn ml-auto">
          Close
        </button>
      </div>
    </form>
  )
}
