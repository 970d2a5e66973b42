import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ComparisonChart } from '../../../src/features/markets/comparison-chart'
import type { ComparisonInput } from '../../../src/features/markets/comparison-lines'
import { chartColor, chartDash } from '../../../src/features/markets/chart-colors'
import { dailyCloses, ny, testStock } from './daily-series'

const alpha = dailyCloses('2025-06-02', '2025-06-12')
const domain = [ny('2025-06-02', '09:30'), ny('2025-06-13', '16:00')] as const

/** Test data: `count` stocks S0, S1, …, each a straight line of its own slope, styled as the panel does. */
const stocks = (count: number): ComparisonInput[] =>
  Array.from({ length: count }, (_, i) => ({
    instrument: testStock(`s${i}`, `S${i}`),
    colorVar: chartColor(i),
    dash: chartDash(i),
    series: { ...alpha, points: alpha.points.map((p, n) => ({ t: p.t, v: 100 + n * (i + 1) })) },
    failed: false,
    reaction: null,
  }))

const style = (element: Element) =>
  `${element.getAttribute('stroke')} ${element.getAttribute('stroke-dasharray') ?? 'solid'}`

function renderChart(count: number) {
  const view = render(
    <ComparisonChart inputs={stocks(count)} event={null} domain={domain} zone="America/New_York" />,
  )
  const legend = screen.getByRole('group', { name: 'Instruments shown on the comparison chart' })
  const entry = (name: string) => within(legend).getByRole('checkbox', { name }).closest('label')!
  const line = (id: string) => view.container.querySelector(`[data-comparison-line="${id}"]`)!
  const drawnOrder = () =>
    [...view.container.querySelectorAll('[data-comparison-line]')].map((g) =>
      g.getAttribute('data-comparison-line'),
    )
  return { ...view, entry, line, drawnOrder }
}

describe('the comparison’s line styles', () => {
  it('no two of up to 24 lines share both colour and dash', () => {
    for (let n = 1; n <= 24; n += 1) {
      const styles = Array.from({ length: n }, (_, i) => `${chartColor(i)} ${chartDash(i)}`)
      expect(new Set(styles).size).toBe(n)
    }
  })

  for (const count of [3, 20]) {
    it(`with ${count} lines, each legend entry shows a piece of its own line, colour and dash`, () => {
      const { entry, line } = renderChart(count)
      const swatches = new Set<string>()
      for (let i = 0; i < count; i += 1) {
        const swatch = entry(`S${i}`).querySelector('svg line')
        expect(swatch, `S${i}'s swatch`).not.toBeNull()
        expect(style(swatch!)).toBe(style(line(`s${i}`).querySelector('path')!))
        swatches.add(style(swatch!))
      }
      expect(swatches.size).toBe(count)
    })
  }
})

describe('picking out one line of many', () => {
  it('pointing at a legend entry draws its line thicker, over the others, which fade', async () => {
    const user = userEvent.setup()
    const { entry, line, drawnOrder } = renderChart(20)
    await user.hover(entry('S7'))
    expect(drawnOrder().at(-1)).toBe('s7')
    expect(line('s7').querySelector('path')).toHaveAttribute('stroke-width', '3')
    expect(line('s7')).not.toHaveAttribute('opacity')
    for (const other of ['s0', 's6', 's19'])
      expect(Number(line(other).getAttribute('opacity'))).toBeLessThan(0.5)

    await user.unhover(entry('S7'))
    expect(line('s7').querySelector('path')).toHaveAttribute('stroke-width', '1.5')
    expect(line('s0')).not.toHaveAttribute('opacity')
  })

  it('focusing a legend entry picks out its line too, and a line not drawn fades nothing', async () => {
    const user = userEvent.setup()
    const { entry, line, drawnOrder } = renderChart(20)
    act(() => within(entry('S0')).getByRole('checkbox').focus())
    await user.tab()
    expect(within(entry('S1')).getByRole('checkbox')).toHaveFocus()
    expect(drawnOrder().at(-1)).toBe('s1')
    expect(line('s1').querySelector('path')).toHaveAttribute('stroke-width', '3')
    expect(Number(line('s0').getAttribute('opacity'))).toBeLessThan(0.5)

    // Unticked: S1 is no longer drawn, and nothing stands out in its place.
    await user.keyboard(' ')
    expect(line('s1')).toBeNull()
    expect(line('s0')).not.toHaveAttribute('opacity')
  })
})
