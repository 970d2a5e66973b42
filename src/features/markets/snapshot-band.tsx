import { usePrinting } from '../../hooks/use-printing'
import { memo, type ReactNode } from 'react'
import { DialogHead } from '../../components/dialog-head'
import { DialogButton } from '../../components/dialog-button'
import { useChrome } from '../../hooks/chrome-context'
import { foldAfter } from '../../lib/fold-list'
import type { SnapshotItem } from './snapshot-at'
import { BandCell, cellClass } from './band-cell'
import { wideBand, type BandMore } from './snapshot-band-tiers'

/** Six to a row on a desk, or as many as there are from three up: no empty columns after them. */
const bandGridClass = (cells: number) =>
  `grid grid-cols-3 gap-1 @[44rem]:gap-2 ${cells >= 6 ? '@[44rem]:grid-cols-6' : cells === 5 ? '@[44rem]:grid-cols-5' : cells === 4 ? '@[44rem]:grid-cols-4' : ''}`
const gridClass = bandGridClass(6)

function AllInstruments({
  items,
  zone,
  onClose,
}: {
  items: readonly SnapshotItem[]
  zone: string
  onClose: () => void
}) {
  return (
    <div className="@container grid gap-3">
      <DialogHead titleId="snapshot-all-title" onClose={onClose}>
        Market snapshot: all {items.length} instruments
      </DialogHead>
      <ul aria-label="All instruments" className={gridClass}>
        {items.map((item) => (
          <BandCell key={item.instrument.id} item={item} zone={zone} />
        ))}
      </ul>
    </div>
  )
}

/**
 * The last place of a folded snapshot: "+15 more", opening every instrument in a dialog.
 */
function MoreInstruments({
  items,
  zone,
  hidden,
  buttonClass,
  shownClass = '',
}: {
  items: readonly SnapshotItem[]
  zone: string
  hidden: number
  buttonClass: string
  /** Where it is shown only at some band widths (see snapshot-band-tiers.ts). */
  shownClass?: string
}) {
  return (
    <li className={`min-w-0 ${shownClass}`}>
      <DialogButton
        label={
          <>
            <span className="font-semibold">+{hidden} more</span>
            <span className="block text-[11px] text-muted">all {items.length} instruments</span>
          </>
        }
        buttonName={`${hidden} more instruments: show all ${items.length}`}
        buttonClass={buttonClass}
        titleId="snapshot-all-title"
        widthClass="w-[min(72rem,calc(100vw-1rem))]"
      >
        {(close) => <AllInstruments items={items} zone={zone} onClose={close} />}
      </DialogButton>
    </li>
  )
}

/** The "+N more" of each band width (see useBandPlaces), each shown only at its own. */
export function MorePlaces({
  more,
  ...place
}: {
  items: readonly SnapshotItem[]
  zone: string
  more: readonly BandMore[]
  buttonClass: string
}) {
  return more.map(({ hidden, shownClass }) => (
    <MoreInstruments key={hidden} {...place} hidden={hidden} shownClass={shownClass} />
  ))
}

/**
 * A wall screen's band from 85rem (1,700 px at a wall screen's type; in rem, so Tailwind orders it
 * after the six columns from 44rem): one row fewer than six a row gives, where seven or eight a row
 * do it (twenty instruments in three rows of seven at 1920 px, not four of six), the rows kept
 * even. Written out whole for Tailwind to find them.
 */
function kioskColumns(count: number): string {
  const rows = Math.ceil(count / 8)
  if (rows >= Math.ceil(count / 6)) return ''
  return Math.ceil(count / rows) === 7 ? '@[85rem]:grid-cols-7' : '@[85rem]:grid-cols-8'
}

/**
 * The snapshot's places as a page shows them: every instrument on a wall screen and on paper (no
 * one to press "more"), else those of each band width, with their "+N more" (snapshot-band-tiers.ts).
 */
export function useBandPlaces(items: readonly SnapshotItem[]) {
  const { kiosk } = useChrome()
  const printing = usePrinting()
  return kiosk || printing
    ? { ...allPlaces(items.length), columnClasses: kioskColumns(items.length) }
    : wideBand(items.length)
}

/** Every instrument in its place, none folded. */
export const allPlaces = (count: number) => ({
  cellClasses: Array<string>(count).fill(''),
  more: [],
  columnClasses: '',
})

/** The band's list: the first instruments, each with its class, then `children` (the "+N more"). */
function BandRow({
  items,
  zone,
  cellClasses,
  columnClasses = '',
  children,
}: {
  items: readonly SnapshotItem[]
  zone: string
  cellClasses: readonly string[]
  columnClasses?: string
  children?: ReactNode
}) {
  const places = Math.min(
    cellClasses.length + (items.length > cellClasses.length ? 1 : 0),
    foldAfter,
  )
  return (
    <div className="@container">
      <ul aria-label="Market snapshot" className={`${bandGridClass(places)} ${columnClasses}`}>
        {cellClasses.map((shownClass, index) => (
          <BandCell
            key={items[index]!.instrument.id}
            item={items[index]!}
            zone={zone}
            shownClass={shownClass}
          />
        ))}
        {children}
      </ul>
    </div>
  )
}

/**
 * The band across the top of the page (desk and phone), three or six to a row by the band's width
 * (on a desk, four or five when there are only as many).
 * Six cells at most (a row on a desk, two on a phone), eight to twelve in the one row of a wider
 * desk's band (snapshot-band-tiers.ts): past that, the last one opens the whole snapshot, so the
 * band keeps the height it had while loading (no layout shift) and twenty instruments leave the
 * panels their room. A wall screen (kiosk) has no one to press it: it shows every instrument.
 */
export const SnapshotBand = memo(function SnapshotBand({
  items,
  zone,
}: {
  items: readonly SnapshotItem[]
  zone: string
}) {
  const { cellClasses, more, columnClasses } = useBandPlaces(items)
  return (
    <BandRow items={items} zone={zone} cellClasses={cellClasses} columnClasses={columnClasses}>
      <MorePlaces
        items={items}
        zone={zone}
        more={more}
        buttonClass={`${cellClass} h-full w-full text-left hover:border-accent`}
      />
    </BandRow>
  )
})
