import type { ReactNode } from 'react'

/**
 * The markets region of a page that shows one instrument's chart alone (?view=markets&instrument=,
 * an iframe on a portal): the card is all there is to see, so no panel frame or title bar around
 * it. The region keeps the panel's id and its name, "Market reaction", for screen readers and for
 * the keys that move the focus to its heading.
 */
export function ChartOnlyRegion({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section id="markets" aria-labelledby="markets-heading" className="min-w-0 rounded bg-surface">
      <h2 id="markets-heading" tabIndex={-1} className="sr-only">
        {title}
      </h2>
      {children}
    </section>
  )
}
