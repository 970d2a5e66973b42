/**
 * No market level, change or percentage in this dashboard comes near a trillion: a figure that
 * does (a feed's -1e308) is shown in a few characters and marked, never as a 309-digit number.
 */
export const implausibleMagnitude = 1e12

export function isImplausible(value: number): boolean {
  return !Number.isFinite(value) || Math.abs(value) >= implausibleMagnitude
}

let scientific: Intl.NumberFormat | undefined

/** "−1E308 (implausible)": compact, with the minus as a real minus. */
export function implausibleText(value: number, suffix = ''): string {
  scientific ??= new Intl.NumberFormat('en-US', {
    notation: 'scientific',
    maximumSignificantDigits: 3,
  })
  return `${scientific.format(value).replace('-', '−')}${suffix} (implausible)`
}
