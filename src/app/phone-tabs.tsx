import { useCallback, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { usePrinting } from '../hooks/use-printing'
import { regions, type Region } from '../hooks/desk-layout'
import { phonePanelClass } from './layout'
import { useRegionKeys } from './use-region-keys'
import { useRevealedRegion } from '../hooks/reveal-region'
import { usePhoneBarHeight } from './use-phone-bar-height'
import { useStickyScrollPadding } from '../hooks/use-sticky-scroll-padding'

const tabNames: Record<Region, string> = {
  timeline: 'Timeline',
  quotes: 'Quotes',
  markets: 'Markets',
}

type Props = {
  content: Record<Region, ReactNode>
  /** Always in view above the tabs' content: the market snapshot. */
  top: ReactNode
  initial: Region
}

/**
 * Below the lg breakpoint: one region at a time, chosen by tabs (the WAI-ARIA tabs pattern, with
 * automatic activation: arrow keys, Home and End move and show), all in the page's <main>. The tabs
 * and the snapshot stay at the top while the region scrolls, on a screen tall enough to leave room
 * under them (not a desktop zoomed to 200%). Hidden regions stay mounted, so each keeps its state.
 */
export function PhoneTabs({ content, top, initial }: Props) {
  const [active, setActive] = useState<Region>(initial)
  const printing = usePrinting()
  const tabRefs = useRef<Partial<Record<Region, HTMLButtonElement | null>>>({})
  const barRef = usePhoneBarHeight<HTMLDivElement>()
  useStickyScrollPadding(barRef)

  const show = (region: Region) => {
    setActive(region)
    tabRefs.current[region]?.focus()
    window.scrollTo({ top: 0 })
  }
  const reveal = useCallback((region: Region) => setActive(region), [])
  useRegionKeys(reveal)
  useRevealedRegion(reveal)
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const i = regions.indexOf(active)
    const targets: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: regions.length - 1,
    }
    const target = targets[event.key]
    if (target === undefined) return
    event.preventDefault()
    show(regions[(target + regions.length) % regions.length]!)
  }

  return (
    <main>
      <div
        ref={barRef}
        className="top-0 z-20 -mx-2 mb-2 flex flex-col gap-1.5 border-b border-line bg-page px-2 pt-1 pb-1.5 sm:-mx-3 sm:px-3 [@media_screen_and_(min-height:32rem)]:sticky"
      >
        <div role="tablist" aria-label="Regions" className="grid grid-cols-3 gap-1 print:hidden">
          {regions.map((region) => (
            <button
              key={region}
              ref={(el) => {
                tabRefs.current[region] = el
              }}
              type="button"
              role="tab"
              id={`tab-${region}`}
              aria-selected={active === region}
              aria-controls={`region-${region}`}
              tabIndex={active === region ? 0 : -1}
              className={`min-h-10 rounded border text-sm font-semibold ${active === region ? 'border-accent bg-surface text-ink forced-colors:border-b-4 forced-colors:border-[Highlight]' : 'border-line bg-raised text-muted'}`}
              onClick={() => show(region)}
              onKeyDown={onKeyDown}
            >
              {tabNames[region]}
            </button>
          ))}
        </div>
        {top}
      </div>
      {regions.map((region) => (
        <div
          key={region}
          role="tabpanel"
          id={`region-${region}`}
          aria-labelledby={`tab-${region}`}
          hidden={active !== region && !printing}
          className={phonePanelClass}
        >
          {content[region]}
        </div>
      ))}
    </main>
  )
}
