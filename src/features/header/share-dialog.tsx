import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { DialogButton } from '../../components/dialog-button'
import { marketsQueries } from '../../feed/queries'
import { readChrome, useChrome } from '../../hooks/chrome-context'
import {
  quoteWallParams,
  rawParam,
  readParam,
  writeParams,
  type View,
} from '../../hooks/url-params'
import { useRuntime } from '../../hooks/runtime-context'
import { useDisplayZone } from '../../hooks/use-display-zone'
import { useSearchText } from '../../hooks/use-url-param'
import { selectionParams } from '../../hooks/use-selection'
import { copyText } from '../../lib/copy-text'
import {
  buildIframeSnippet,
  buildShareUrl,
  pageStateParams,
  type PageState,
  type ShareOptions,
  type WallFilters,
} from './share-links'
import { ShareViewFields } from './share-view-fields'
import { SharePageFields } from './share-page-fields'
import { readOrigin } from '../../hooks/url-values'

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
  const currentWallFilters: WallFilters = Object.fromEntries(
    quoteWallParams.flatMap((key) => {
      const value = readParam(key, search)
      return value === null || value === '' ? [] : [[key, value]]
    }),
  )
  const currentPageState: PageState = Object.fromEntries(
    pageStateParams.flatMap((key) => {
      const value = readParam(key, search)
      return value === null || value === '' ? [] : [[key, value]]
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
    wallFilters: currentWallFilters,
    pageState: currentPageState,
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

  return (
    <form method="dialog" className="grid gap-3 text-sm" onSubmit={onDone}>
      <h2 id="share-title" className="text-base font-semibold">
        Share / embed
      </h2>
      <ShareViewFields
        options={options}
        set={set}
        setView={setView}
        instruments={markets.data?.instruments ?? []}
      />
      <SharePageFields
        options={options}
        set={set}
        zone={zone}
        currentSelection={hasSelection ? currentSelection : null}
        currentWallFilters={Object.keys(currentWallFilters).length > 0 ? currentWallFilters : null}
        replayedAt={currentPageState.asof ?? null}
      />
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
