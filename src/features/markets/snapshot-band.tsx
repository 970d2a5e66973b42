import { memo } from 'react'
import { DialogHead } from '../../components/dialog-head'
import { DialogButton } from '../../components/dialog-button'
import { useChrome } from '../../hooks/chrome-context'
import { foldList } from '../../lib/fold-list'
import type { SnapshotItem } from './snapshot-at'
import { BandCell, cellClass } from './band-cell'

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
export function MoreInstruments({
  items,
  zone,
  hidden,
  buttonClass,
}: {
  items: readonly SnapshotItem[]
  zone: string
  hidden: number
  buttonClass: string
}) {
  return (
    <li className="min-w-0">
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

/** The snapshot's instruments as a page shows them: all on a wall screen (no one to press "more"). */
export function useFoldedSnapshot(items: readonly SnapshotItem[]) {
  const { kiosk } = useChrome()
  return kiosk ? { shown: items, hidden: 0 } : foldList(items)
}

/**
 * The band across the top of the page (desk and phone), three or six to a row by the band's width
 * (on a desk, four or five when there are only as many).
 * Six cells at most (a row on a desk, two on a phone): past that, the last one opens the whole
 * snapshot, so the band keeps the height it had while loading (no layout shift) and twenty
 * instruments leave the panels their room. A wall screen (kiosk) has no one to press it: it shows
 * every instrument.
 */
export const SnapshotBand = memo(function SnapshotBand({
  items,
  zone,
}: {
  items: readonly SnapshotItem[]
  zone: string
}) {
  const { shown, hidden: more } = useFoldedSnapshot(items)
  return (
    <div className="@container">
      <ul aria-label="Market snapshot" className={bandGridClass(shown.length + (more > 0 ? 1 : 0))}>
        {shown.map((item) => (
          <BandCell key={item.instrument.id} item={item} zone={zone} />
        ))}
        {more > 0 && (
          <MoreInstruments
            items={items}
            zone={zone}
            hidden={more}
            buttonClass={`${cellClass} h-full w-full text-left hover:border-accent`}
          />
        )}
      </ul>
    </div>
  )
})
