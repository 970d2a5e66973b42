const figure = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })

/** "−34.5", "1,200": a figure as the source gives it, with a true minus sign. */
export function formatNumber(value: number): string {
  return `${value < 0 ? '−' : ''}${figure.format(Math.abs(value))}`
}
