import { memo, useLayoutEffect, useMemo, useState, type ReactNode } from 'react'
import { fitKey, textWidth, type KeyFit } from './chart-key-fit'

type Props = {
  session: boolean
  closed: boolean
  events: boolean
  /** What the dashed line is ("Previous close"), when the chart draws one. */
  previousClose: string | null
  /** Its short name ("Prev close", as on the plot), for a key short of room. */
  previousCloseShort?: string
  /** "Hong Kong": whose market the closed hours are. */
  place: string
  /**
   * Every entry, on as many lines as they take (a card alone, with no neighbour to keep level
   * with); else one line (the row's height is shared with the cards beside it), entries shortened
   * or counted in a "+N" that names them where they do not fit.
   */
  whole?: boolean
  /** The key's width in px once measured (one line is fitted to it); null: not yet. */
  width?: number | null
}

type Entry = { id: string; swatch: ReactNode; swatchPx: number; full: string; short: string }

/** Every chart key is in one font (text-[11px] in the page's face). */
let keyFont: string | null = null

/** Between two entries (gap-x-3), and between a swatch and its words (gap-1). */
const entryGap = 12
const swatchGap = 4

const bandSwatch = (background: string) => (
  <span
    aria-hidden="true"
    className="inline-block h-2.5 w-3 shrink-0 border border-line"
    style={{ background }}
  />
)

/** A swatch and a word for each kind of mark the chart above draws, only those it draws. */
export const ChartLegend = memo(function ChartLegend({
  session,
  closed,
  events,
  previousClose,
  previousCloseShort = 'Prev close',
  place,
  whole = false,
  width = null,
}: Props) {
  const entries = useMemo(() => {
    const list: Entry[] = []
    if (session)
      list.push({
        id: 'session',
        swatch: bandSwatch('var(--session-band)'),
        swatchPx: 12,
        full: 'Talks in session',
        short: 'Talks',
      })
    if (closed)
      list.push({
        id: 'closed',
        swatch: bandSwatch('var(--closed-band)'),
        swatchPx: 12,
        full: `${place} closed`,
        short: 'Closed',
      })
    if (events)
      list.push({
        id: 'events',
        swatch: (
          <span
            aria-hidden="true"
            className="inline-block h-2.5 w-0 shrink-0 border-l border-dashed"
            style={{ borderColor: 'var(--event-line)' }}
          />
        ),
        swatchPx: 1,
        full: 'Event (markers below)',
        short: 'Event',
      })
    if (previousClose)
      list.push({
        id: 'close',
        swatch: (
          <span
            aria-hidden="true"
            className="inline-block w-3 shrink-0 border-t border-dashed border-muted"
          />
        ),
        swatchPx: 12,
        full: previousClose,
        short: previousCloseShort,
      })
    return list
  }, [session, closed, events, previousClose, previousCloseShort, place])

  // The keys' font, read from the first on the page (reading it forces the page's style): their
  // words are measured in it.
  const [list, setList] = useState<HTMLUListElement | null>(null)
  const [font, setFont] = useState<string | null>(keyFont)
  const fitted = !whole && width !== null && width > 0
  useLayoutEffect(() => {
    if (fitted && list && font === null) setFont((keyFont ??= getComputedStyle(list).font))
  }, [fitted, list, font])
  const fit = useMemo(
    (): KeyFit | null => (fitted && font !== null ? fitEntries(entries, width!, font) : null),
    [fitted, font, entries, width],
  )

  if (entries.length === 0) return <p className="h-4" aria-hidden="true" />
  const shown = fit ? entries.slice(0, fit.shown) : entries
  const hidden = fit ? entries.slice(fit.shown) : []
  return (
    <ul
      ref={setList}
      aria-label="Chart key"
      className={`flex gap-x-3 text-[11px] leading-4 text-muted ${whole ? 'flex-wrap' : 'h-4 flex-nowrap overflow-hidden whitespace-nowrap'}`}
    >
      {shown.map((entry, i) => {
        const short = fit?.short[i] && entry.short !== entry.full
        return (
          <li
            key={entry.id}
            className="inline-flex shrink-0 items-center gap-1"
            title={short ? entry.full : undefined}
          >
            {entry.swatch}
            {short ? (
              <>
                <span aria-hidden="true">{entry.short}</span>
                <span className="sr-only">{entry.full}</span>
              </>
            ) : (
              entry.full
            )}
          </li>
        )
      })}
      {hidden.length > 0 && (
        <li
          className="shrink-0"
          data-key-more
          title={hidden.map((e) => e.full).join('; ')}
          aria-label={`${hidden.length} more: ${hidden.map((e) => e.full).join(', ')}`}
        >
          +{hidden.length}
        </li>
      )}
    </ul>
  )
})

/** fitKey with the entries' words measured in `font`; null where text cannot be measured. */
function fitEntries(entries: readonly Entry[], width: number, font: string): KeyFit | null {
  const measure = (text: string) => textWidth(text, font)
  const widths = []
  for (const entry of entries) {
    const full = measure(entry.full)
    const short = measure(entry.short)
    if (full === null || short === null) return null
    // A pixel to spare on each: the page rounds widths its own way.
    widths.push({
      full: Math.ceil(full) + entry.swatchPx + swatchGap + 1,
      short: Math.ceil(short) + entry.swatchPx + swatchGap + 1,
    })
  }
  return fitKey(widths, width, entryGap, (n) => Math.ceil(measure(`+${n}`) ?? 0) + 1)
}
