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

  for (const token of new Set(chartTokens)) {
    it(`--${token} stands 3:1 or more off the chart's background, light and dark`, () => {
      const [light, dark] = lightDark(token)
      expect(contrast(light, surfaceLight)).toBeGreaterThanOrEqual(3)
      expect(contrast(dark, surfaceDark)).toBeGreaterThanOrEqual(3)
    })
  }
})
