/** The page grid and header frame, shared by the start-up shell and the dashboard so nothing shifts. */
export const pageClass = 'mx-auto max-w-[1800px] p-2 sm:p-3'
export const headerClass = 'mb-3 flex flex-col gap-1 rounded-lg border border-line bg-surface px-3 py-2'
/** Title and controls; then where the talks stand and the latest item: two rows of fixed height. */
export const headerTopRowClass = 'flex min-h-8 flex-wrap items-center gap-x-4 gap-y-2'
export const headerStatusRowClass = 'flex min-h-5 flex-wrap items-baseline gap-x-4 gap-y-1'
/**
 * Panels have the height of the screen below the header and scroll inside (dense, like a trading
 * screen): content arriving in one panel never moves another. On a phone they stack, each at
 * least a screen tall, so the next one starts below the fold until its own content is in.
 */
export const gridClass =
  'grid grid-cols-1 gap-3 lg:grid-cols-2 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.2fr)] ' +
  '[&>*]:min-h-[calc(100dvh-7rem)] lg:[&>*]:h-[calc(100dvh-7.5rem)] lg:[&>*]:overflow-y-auto'
