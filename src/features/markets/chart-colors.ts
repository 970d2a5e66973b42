/** The theme's chart colours (CSS variables), taken in turn by the instruments. */
const colorVars = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
]

export const chartColor = (i: number): string => colorVars[i % colorVars.length]!
