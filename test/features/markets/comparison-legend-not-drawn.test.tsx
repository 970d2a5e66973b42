import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ComparisonChart } from '../../../src/features/markets/comparison-chart'
import type { ComparisonInput } from '../../../src/features/markets/comparison-lines'
import type { PreparedSeries } from '../../../src/features/markets/series-view'
import { dailyCloses, ny, testStock } from './daily-series'

// Test data, not prices: two stocks, a 10-year yield (moves in basis points: never on the % chart),
// a stock whose series did not load and one whose series is still loading.
const alpha = dailyCloses('2025-06-02', '2025-06-12')
const rates: PreparedSeries = { ...alpha, points: alpha.points.map((p) => ({ t: p.t, v: 4.5 })) }
const domain = [ny('2025-06-02', '09:30'), ny('2025-06-13', '16:00')] as const

const input = (
  id: string,
  series: PreparedSeries | undefined,
  extra: Partial<ComparisonInput> = {},
): ComparisonInput => ({
  instrument: testStock(id, id.toUpperCase()),
  colorVar: 'red',
  series,
  failed: false,
  reaction: null,
  ...extra,
})

const inputs: ComparisonInput[] = [
  input('alpha', alpha),
  input('beta', { ...alpha, points: alpha.points.map((p, i) => ({ t: p.t, v: 200 - i })) }),
  input('us10y', rates, {
    instrument: { ...testStock('us10y', 'US 10Y'), kind: 'yield', unit: '%' },
  }),
  input('gone', undefined, { failed: true }),
  input('slow', undefined),
]

const legend = () =>
  screen.getByRole('group', { name: 'Instruments shown on the comparison chart' })

describe('the comparison chart’s checkboxes', () => {
  it('never tick an instrument the % chart cannot draw: cleared, disabled, with the reason', () => {
    render(<ComparisonChart inputs={inputs} event={null} domain={domain} zone="America/New_York" />)
    const yieldBox = within(legend()).getByRole('checkbox', { name: 'US 10Y' })
    expect(yieldBox).not.toBeChecked()
    expect(yieldBox).toBeDisabled()
    expect(yieldBox).toHaveAccessibleDescription(
      'Not on this % chart (moves in basis points, see their own charts): US 10Y.',
    )
    const failedBox = within(legend()).getByRole('checkbox', { name: 'GONE' })
    expect(failedBox).not.toBeChecked()
    expect(failedBox).toBeDisabled()
    expect(failedBox).toHaveAccessibleDescription(
      'Not on the chart (series could not be loaded): GONE.',
    )
    // The lines it draws keep their checkboxes, ticked and working.
    for (const name of ['ALPHA', 'BETA']) {
      const box = within(legend()).getByRole('checkbox', { name })
      expect(box).toBeChecked()
      expect(box).toBeEnabled()
      expect(box).not.toHaveAccessibleDescription()
    }
  })

  it('keeps a still-loading series’ choice, saying it is not drawn yet', () => {
    render(<ComparisonChart inputs={inputs} event={null} domain={domain} zone="America/New_York" />)
    const slow = within(legend()).getByRole('checkbox', { name: 'SLOW' })
    expect(slow).toBeEnabled()
    expect(slow).toHaveAccessibleDescription('Not on the chart (series still loading): SLOW.')
    fireEvent.click(slow)
    expect(slow).not.toBeChecked()
  })

  it('with no series in at all, points to the summary that says why', () => {
    const failed = inputs.map((i) => ({ ...i, series: undefined, failed: true }))
    render(<ComparisonChart inputs={failed} event={null} domain={domain} zone="America/New_York" />)
    const box = within(legend()).getByRole('checkbox', { name: 'ALPHA' })
    expect(box).toBeDisabled()
    expect(box).toHaveAccessibleDescription('No prices to compare: the series could not be loaded.')
  })
})
