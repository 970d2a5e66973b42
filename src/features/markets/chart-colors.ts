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

/** Dashes for lines past the six colours: one chart of many lines never draws two alike. */
const dashes = [undefined, '6 3', '1.5 2.5', '8 3 1.5 3']

/** The i-th line's SVG dash array (undefined: solid), with its colour: chartColor(i). */
export const chartDash = (i: number): string | undefined =>
  dashes[Math.floor(i / colorVars.length) % dashes.length]
