import { Fragment, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { usePrinting } from '../hooks/use-printing'
import { RegionControlContext } from '../hooks/region-control-context'
import {
  gridColumns,
  regionTitles,
  regions,
  toggleCollapsed,
  type DeskLayout,
  type Region,
} from '../hooks/desk-layout'
import { RegionDivider } from './region-divider'
import { useRegionKeys } from './use-region-keys'
import { deskGridClass, regionClass } from './layout'
import { useRevealedRegion } from '../hooks/reveal-region'
import { useSplitRegions } from './use-split-regions'

type Props = {
  layout: DeskLayout
  onChange: (next: DeskLayout) => void
  /** Kiosk: the layout as given, with no dividers and no fold buttons. */
  fixed: boolean
  content: Record<Region, ReactNode>
  /**
   * For a feed that lists no instruments: the markets as this line above the two other regions,
   * which share the width (the viewer's shares and folds kept for a feed that has them).
   */
  marketsLine?: ReactNode
}

/** A folded region: a narrow rail with its name, and (unless fixed) a button that unfolds it. */
function RegionRail({
  region,
  fixed,
  onExpand,
}: {
  region: Region
  fixed: boolean
  onExpand: () => void
}) {
  const name = regionTitles[region]
  const label = (
    <span className="[writing-mode:vertical-rl] text-sm font-semibold tracking-wide text-muted uppercase">
      {name}
    </span>
  )
  if (fixed)
    return (
      <div className="flex justify-center rounded-lg border border-line bg-surface py-3">
        {label}
      </div>
    )
  return (
    <button
      type="button"
      className="flex flex-col items-center gap-2 rounded-lg border border-line bg-surface py-3 hover:border-accent"
      aria-label={`Show the ${name.toLowerCase()}`}
      aria-expanded="false"
      aria-controls={`region-${region}`}
      onClick={onExpand}
    >
      <span aria-hidden="true">⇥</span>
      {label}
    </button>
  )
}

/**
 * The desk from the lg breakpoint: the three regions side by side at the shares the viewer chose,
 * each scrolling inside itself, with dividers to drag and fold buttons. A folded region stays
 * mounted (hidden): its filters and scroll position are there when it comes back. With
 * `marketsLine`, the markets are that line above the two others (useSplitRegions).
 */
export function DeskSplit({
  layout: chosen,
  onChange: change,
  fixed,
  content,
  marketsLine,
}: Props) {
  const gridRef = useRef<HTMLElement>(null)
  const printing = usePrinting()
  const lineOnly = marketsLine !== undefined && marketsLine !== null
  const { layout, onChange, inGrid } = useSplitRegions(chosen, change, lineOnly)
  const unfold = useCallback(
    (region: Region) => {
      if (!inGrid.includes(region)) return
      if (layout.collapsed[regions.indexOf(region)]) onChange(toggleCollapsed(layout, region))
    },
    [layout, onChange, inGrid],
  )
  useRegionKeys(unfold, !fixed)
  useRevealedRegion(unfold, !fixed)
  const controls = useMemo(
    () =>
      Object.fromEntries(
        regions.map((region) => [
          region,
          {
            title: regionTitles[region],
            onCollapse: () => onChange(toggleCollapsed(layout, region)),
          },
        ]),
      ) as Record<Region, { title: string; onCollapse: () => void }>,
    [layout, onChange],
  )
  // Folding or unfolding removes the control used: the focus goes to the one that undoes it (the
  // rail, or the region's fold button), not to <body>.
  const collapsedBefore = useRef(layout.collapsed)
  useEffect(() => {
    const before = collapsedBefore.current
    collapsedBefore.current = layout.collapsed
    const changed = layout.collapsed.findIndex((collapsed, i) => collapsed !== before[i])
    const region = regions[changed]
    if (!region) return
    // Lost: on <body>, or still on the control in the region just hidden (moved later by the
    // browser).
    const focused = document.activeElement
    const lost =
      !focused || focused === document.body || focused.closest(`#region-${region}[hidden]`)
    if (!lost) return
    gridRef.current
      ?.querySelector<HTMLElement>(
        layout.collapsed[changed]
          ? `[aria-controls="region-${region}"]`
          : `#region-${region} [data-collapse-region]`,
      )
      ?.focus()
  }, [layout.collapsed])
  const sharedWidth = () =>
    [
      ...(gridRef.current?.querySelectorAll<HTMLElement>('[data-region]:not([hidden])') ?? []),
    ].reduce((sum, el) => sum + el.getBoundingClientRect().width, 0)
  const preview = (next: DeskLayout) => {
    if (gridRef.current) gridRef.current.style.gridTemplateColumns = gridColumns(next, inGrid)
  }

  return (
    <main
      ref={gridRef}
      inert={fixed}
      className={deskGridClass}
      style={{
        gridTemplateColumns: gridColumns(layout, inGrid),
        gridTemplateRows: lineOnly ? 'auto minmax(0, 1fr)' : undefined,
      }}
    >
      {lineOnly && (
        <div id="region-markets" className="col-span-full mb-2 print:mb-3">
          {marketsLine}
        </div>
      )}
      {inGrid.map((region, place) => {
        const i = regions.indexOf(region)
        const collapsed = layout.collapsed[i]!
        const next = inGrid[place + 1]
        const divider =
          next === undefined ? null : !fixed && !collapsed && !layout.collapsed[i + 1] ? (
            <RegionDivider
              index={i as 0 | 1}
              layout={layout}
              onChange={onChange}
              preview={preview}
              sharedWidth={sharedWidth}
              onCollapse={controls[region].onCollapse}
            />
          ) : (
            <div aria-hidden="true" />
          )
        return (
          <Fragment key={region}>
            {collapsed && (
              <RegionRail region={region} fixed={fixed} onExpand={controls[region].onCollapse} />
            )}
            <div
              id={`region-${region}`}
              data-region={region}
              hidden={collapsed && !printing}
              className={regionClass}
            >
              <RegionControlContext value={fixed ? null : controls[region]}>
                {content[region]}
              </RegionControlContext>
            </div>
            {divider}
          </Fragment>
        )
      })}
    </main>
  )
}
