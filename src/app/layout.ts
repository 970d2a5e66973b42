/** The page grid and header frame, shared by the start-up shell and the dashboard so nothing shifts. */
export const pageClass = 'mx-auto max-w-[1800px] p-2 sm:p-3'
export const headerClass =
  'mb-3 flex min-h-11 flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-line bg-surface px-3 py-2'
export const gridClass =
  'grid grid-cols-1 gap-3 lg:grid-cols-2 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.2fr)]'
