import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The chart lines' colours (--chart-N in index.css, light and dark) against the chart's background
// (--surface): WCAG 2.2 non-text contrast (1.4.11) asks 3:1 for a line that carries the data.
const css = readFileSync(resolve('src/index.css'), 'utf8')

/** A token's light and dark colour, from `--name: light-dark(#light, #dark);` in :root. */
function lightDark(name: string): [string, string] {
  const match = new RegExp(
    `--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`,
    'i',
  ).exec(css)
  if (!match) throw new Error(`--${name} is not a light-dark() pair of hex colours`)
  return [match[1]!, match[2]!]
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** Linear RGB of a hex colour. */
const linearRgb = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })

// Colour vision deficiency at full severity, as linear-RGB matrices (Machado, Oliveira and
// Fernandes 2009): how a protanope, a deuteranope and a tritanope see a colour.
const deficiencies = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  // Rare (blue-yellow): the light theme's green and cyan were 6.5 apart.
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r = 0, g = 0, b = 0]: number[]): number[] {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047)
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b)
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
}

/** How far apart two colours look to a viewer with `matrix` (CIE76 ΔE). */
function seenApart(a: string, b: string, matrix: number[][]): number {
  const seen = (hex: string) => {
    const c = linearRgb(hex)
    return lab(
      matrix.map((row) =>
        Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)),
      ),
    )
  }
  const [p, q] = [seen(a), seen(b)]
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!)
}

const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (high! + 0.05) / (low! + 0.05)
}

describe('the chart line palette', () => {
  const chartTokens = [...css.matchAll(/--(chart-\d+):/g)].map((m) => m[1]!)
  const [surfaceLight, surfaceDark] = lightDark('surface')

  it('has the six colours the lines take in turn', () => {
    expect(new Set(chartTokens)).toEqual(new Set([1, 2, 3, 4, 5, 6].map((n) => `chart-${n}`)))
  })

  // The six solid lines of a comparison chart: told apart by colour alone, also by the one man in
  // twelve with red-green colour blindness (blue and violet looked the same: ΔE 0.8).
  for (const [name, matrix] of Object.entries(deficiencies)) {
    it(`no two of its colours look alike with ${name}, light and dark`, () => {
      for (const theme of [0, 1]) {
        const colours = [...new Set(chartTokens)].map((token) => lightDark(token)[theme]!)
        for (const [i, a] of colours.entries())
          for (const b of colours.slice(i + 1))
            expect(seenApart(a, b, matrix), `${a} and ${b}`).toBeGreaterThan(8)
      }
    })
  }

  for (const token of new Set(chartTokens)) {
    it(`--${token} stands 3:1 or more off the chart's background, light and dark`, () => {
      const [light, dark] = lightDark(token)
      expect(contrast(light, surfaceLight)).toBeGreaterThanOrEqual(3)
      expect(contrast(dark, surfaceDark)).toBeGreaterThanOrEqual(3)
    })
  }
})
