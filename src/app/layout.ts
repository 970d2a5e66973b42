/** The page frame and header, shared by the start-up shell and the dashboard so nothing shifts. */
export const pageClass = 'p-2 sm:p-3'
/**
 * The desk (lg and up): exactly the screen's height, no page scroll and no width cap; the header
 * (and anything under it) takes what it needs and the regions the rest.
 */
export const deskPageClass =
  'flex h-dvh flex-col overflow-hidden p-2 sm:p-3 print:block print:h-auto print:overflow-visible'
/** The market snapshot's band under the header: its height is kept while it loads. */
export const bandClass = 'mb-2 min-h-[3.75rem]'
export const headerClass =
  'mb-3 flex flex-col gap-1 rounded-lg border border-line bg-surface px-3 py-2'
/**
 * Three rows: the title (and its Demo or Replay badge); the refresh status and the controls; where
 * the talks stand and the latest item. Each row is there from the first paint, so a longer title or
 * a badge arriving with the feed never pushes the controls, or the page, down (layout shift).
 */
export const headerTopRowClass = 'flex min-h-6 flex-wrap items-center gap-x-3 gap-y-1'
export const headerControlsRowClass =
  'flex min-h-6 flex-wrap items-center gap-2 text-xs text-muted sm:justify-end print:[&>:not([data-refresh-status])]:hidden'
export const headerStatusRowClass = 'flex min-h-5 flex-wrap items-baseline gap-x-4 gap-y-1'
/**
 * The regions side by side (grid-template-columns from the layout): each scrolls inside itself,
 * so content arriving in one region never moves another.
 */
export const deskGridClass = 'grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] print:block'
/**
 * A region of the desk: sized by the grid, never by its content (contain: strict), so what changes
 * inside it (a chart drawn, rows measured) is laid out and painted without the other regions.
 */
export const regionClass =
  'relative min-h-0 min-w-0 overflow-y-auto rounded-lg [contain:strict] [&>section]:min-h-full print:mb-3 print:overflow-visible print:[contain:none]'
/** A region on a phone: one tab's panel, as long as its content (the page scrolls). */
export const phonePanelClass =
  'min-w-0 [&>section]:min-h-[calc(100dvh-12rem)] print:mb-3 print:[&>section]:min-h-0'
