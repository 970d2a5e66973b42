import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { ComponentProps } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ComparisonChart } from '../../../src/features/markets/comparison-chart'
import type { ComparisonInput } from '../../../src/features/markets/comparison-lines'
import { setHoverTime } from '../../../src/features/markets/hover-time'
import { chartColor, chartDash } from '../../../src/features/markets/chart-colors'
import type { PreparedSeries } from '../../../src/features/markets/series-view'
import type { Instrument } from '../../../src/feed/schemas/types'
import { dailyCloses, newYork, ny } from './daily-series'

// Counts the renders of Recharts' surface: the axes are the only part of the comparison it draws.
const recharts = vi.hoisted(() => ({ axesDraws: 0 }))
vi.mock('recharts', async (importOriginal) => {
  const original = await importOriginal<typeof import('recharts')>()
  const { createElement } = await import('react')
  function CountedSurface(props: ComponentProps<typeof original.Surface>) {
    recharts.axesDraws += 1
    return createElement(original.Surface, props)
  }
  return { ...original, Surface: CountedSurface }
})

afterEach(() => act(() => setHoverTime(null)))

/** Test data, not a real instrument. */
function instrument(id: string, shortName: string, kind: Instrument['kind']): Instrument {
  return {
    id,
    name: `${shortName} (test)`,
    shortName,
    kind,
    unit: kind === 'yield' ? '%' : 'points',
    currency: null,
    last: null,
    change: null,
    changePercent: null,
    asOf: '2025-06-13T16:00:00-04:00',
    asOfPrecision: 'exact',
    timeZone: newYork.timeZone,
    tradingHours: newYork.tradingHours,
    sourceIds: [],
  }
}

const alpha = dailyCloses('2025-06-02', '2025-06-12')
const beta: PreparedSeries = {
  ...alpha,
  points: alpha.points.map((p, i) => ({ t: p.t, v: 200 - i })),
}
const rates: PreparedSeries = { ...alpha, points: alpha.points.map((p) => ({ t: p.t, v: 4.5 })) }
const domain = [ny('2025-06-02', '09:30'), ny('2025-06-13', '16:00')] as const

function inputs(alphaSeries = alpha): ComparisonInput[] {
  return [
    {
      instrument: instrument('alpha', 'ALPHA', 'stock'),
      colorVar: 'red',
      series: alphaSeries,
      failed: false,
      reaction: null,
    },
    {
      instrument: instrument('beta', 'BETA', 'stock'),
      colorVar: 'blue',
      series: beta,
      failed: false,
      reaction: null,
    },
    {
      instrument: instrument('rate', 'RATE10', 'yield'),
      colorVar: 'green',
      series: rates,
      failed: false,
      reaction: null,
    },
  ]
}

function renderChart(onZoom = vi.fn()) {
  const view = render(
    <ComparisonChart
      inputs={inputs()}
      event={null}
      domain={domain}
      zone="America/New_York"
      onZoom={onZoom}
    />,
  )
  const paths = (): Record<string, string> =>
    Object.fromEntries(
      [...view.container.querySelectorAll('[data-comparison-line]')].map((g) => [
        g.getAttribute('data-comparison-line'),
        g.querySelector('path')!.getAttribute('d')!,
      ]),
    )
  return { ...view, paths, onZoom }
}

/** The y of the path's first point. */
const startY = (d: string) => Number(/^M[\d.]+,([\d.]+)/.exec(d)![1])

describe('the comparison chart', () => {
  it('draws every instrument from 0 % at the start of the window, and names the yields left to their own charts', () => {
    const { container, paths } = renderChart()
    expect(Object.keys(paths())).toEqual(['alpha', 'beta'])
    const zero = Number(container.querySelector('[data-zero-line]')!.getAttribute('y1'))
    for (const d of Object.values(paths())) expect(startY(d)).toBeCloseTo(zero, 0)
    // BETA falls from 200 to 192 (−4 %): its line ends below zero, ALPHA's stays at or above it.
    expect(screen.getByText(/Since the start of the window: ALPHA .*BETA/)).toHaveTextContent(
      'BETA down 4.00%',
    )
    expect(screen.getByText(/Not on this % chart/)).toHaveTextContent('RATE10')
  })

  it('names an instrument with no trade in the window, once', () => {
    render(
      <ComparisonChart
        inputs={inputs({ ...alpha, points: [] })}
        event={null}
        domain={domain}
        zone="America/New_York"
      />,
    )
    expect(screen.getByText(/^Not on the chart/)).toHaveTextContent(
      'Not on the chart (no price in this window): ALPHA.',
    )
  })

  it('a new point redraws the lines, not the axes', async () => {
    const { rerender, paths } = renderChart()
    const before = paths()
    const axesDrawnBefore = recharts.axesDraws
    expect(axesDrawnBefore).toBeGreaterThan(0)
    const last = alpha.points.at(-1)!
    const grown = {
      ...alpha,
      points: [...alpha.points, { t: ny('2025-06-13', '16:00') - 60_000, v: last.v }],
    }
    rerender(
      <ComparisonChart
        inputs={inputs(grown)}
        event={null}
        domain={domain}
        zone="America/New_York"
      />,
    )
    await waitFor(() => expect(paths().alpha).not.toBe(before.alpha))
    expect(paths().beta).toBe(before.beta)
    expect(recharts.axesDraws).toBe(axesDrawnBefore)
  })

  it('reads every line at the hovered moment under the plot, and by keyboard', () => {
    renderChart()
    const readout = screen.getByTestId('comparison-readout')
    expect(readout).toHaveTextContent(/^Hover the chart/)
    // Hovered in any market panel: Friday 6 June, the fifth close (ALPHA 5004, BETA 196).
    act(() => setHoverTime(ny('2025-06-06', '16:00')))
    expect(readout).toHaveTextContent('Fri 6 Jun')
    expect(readout).toHaveTextContent('ALPHA +0.08%')
    expect(readout).toHaveTextContent('BETA −2.00%')
    expect(readout).not.toHaveTextContent('RATE10')
    // The keyboard's way: focus the plot, End goes to the last close.
    const slider = screen.getByRole('slider', { name: /^All instruments rebased chart/ })
    fireEvent.keyDown(slider, { key: 'End' })
    expect(readout).toHaveTextContent('Thu 12 Jun')
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/Thu 12 Jun.*BETA −4\.00%/),
    )
  })

  it('a cleared checkbox takes its line off the chart', () => {
    const { paths } = renderChart()
    fireEvent.click(screen.getByRole('checkbox', { name: 'BETA' }))
    expect(Object.keys(paths())).toEqual(['alpha'])
    expect(within(screen.getByRole('group')).getByRole('checkbox', { name: 'ALPHA' })).toBeChecked()
  })

  it('says why there is no move: series failed, still loading, none traded, or all hidden', () => {
    const chart = (inputs: ComparisonInput[], window: readonly [number, number] = domain) => (
      <ComparisonChart inputs={inputs} event={null} domain={window} zone="America/New_York" />
    )
    const without = (failed: boolean) =>
      inputs().map((input) => ({ ...input, series: undefined, failed }))
    const summary = () => screen.getByText(/traded|prices|hidden|loading/i, { selector: 'p' })
    const view = render(chart(without(true)))
    expect(summary()).toHaveTextContent('No prices to compare: the series could not be loaded.')
    view.rerender(chart(without(false)))
    expect(summary()).toHaveTextContent('Prices loading…')
    // A window that ends before the first close (2 June, 16:00 New York).
    view.rerender(chart(inputs(), [ny('2025-05-26', '09:30'), ny('2025-05-30', '16:00')]))
    expect(summary()).toHaveTextContent('No instrument has traded in this window.')
    view.rerender(chart(inputs()))
    fireEvent.click(screen.getByRole('checkbox', { name: 'ALPHA' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'BETA' }))
    expect(summary()).toHaveTextContent('Every instrument is hidden: choose one in the legend.')
  })

  it('a drag across the plot zooms to that range', () => {
    const { onZoom } = renderChart()
    const slider = screen.getByRole('slider', { name: /^All instruments rebased chart/ })
    fireEvent.mouseDown(slider, { button: 0, clientX: 200, clientY: 50 })
    fireEvent.mouseMove(slider, { clientX: 400, clientY: 50 })
    fireEvent.mouseUp(slider, { clientX: 400, clientY: 50 })
    expect(onZoom).toHaveBeenCalledTimes(1)
    const [from, to] = onZoom.mock.calls[0] as [number, number]
    expect(from).toBeGreaterThan(domain[0])
    expect(to).toBeGreaterThan(from)
    expect(to).toBeLessThan(domain[1])
  })
})

describe('the comparison chart with more lines than colours', () => {
  // Test data: fourteen stocks, each a straight line of its own slope.
  const many: ComparisonInput[] = Array.from({ length: 14 }, (_, i) => ({
    instrument: instrument(`s${i}`, `S${i}`, 'stock'),
    colorVar: chartColor(i),
    dash: chartDash(i),
    series: { ...alpha, points: alpha.points.map((p, n) => ({ t: p.t, v: 100 + n * (i + 1) })) },
    failed: false,
    reaction: null,
  }))

  it('draws no two lines alike, and keys each name to its line', () => {
    const { container } = render(
      <ComparisonChart inputs={many} event={null} domain={domain} zone="America/New_York" />,
    )
    const styles = [...container.querySelectorAll('[data-comparison-line] path')].map(
      (path) => `${path.getAttribute('stroke')} ${path.getAttribute('stroke-dasharray')}`,
    )
    expect(styles).toHaveLength(14)
    expect(new Set(styles).size).toBe(14)
    const seventh = screen.getByRole('checkbox', { name: 'S6' }).closest('label')!
    expect(seventh.querySelector('line')).toHaveAttribute('stroke-dasharray', chartDash(6))
  })

  it('keeps its % axis at or above −100%, where every price stays', () => {
    // One line up 900%, one down 15%: a step of 200 would reach down to −200%.
    const spike = many.slice(0, 2).map((input, i) => ({
      ...input,
      series: {
        ...alpha,
        points: alpha.points.map((p, n) => ({
          t: p.t,
          v: i === 0 ? 100 + n * 100 : 100 - n * 1.5,
        })),
      },
    }))
    const { container } = render(
      <ComparisonChart inputs={spike} event={null} domain={domain} zone="America/New_York" />,
    )
    expect(container).toHaveTextContent('+800%')
    expect(container).not.toHaveTextContent('−200%')
  })
})
