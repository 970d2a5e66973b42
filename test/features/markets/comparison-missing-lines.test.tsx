import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ComparisonChart } from '../../../src/features/markets/comparison-chart'
import type { ComparisonInput } from '../../../src/features/markets/comparison-lines'
import type { Instrument } from '../../../src/feed/schemas/types'
import { dailyCloses, newYork, ny } from './daily-series'

/** Test data, not a real instrument. */
function instrument(id: string, shortName: string): Instrument {
  return {
    id,
    name: `${shortName} (test)`,
    shortName,
    kind: 'stock',
    unit: 'points',
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

const domain = [ny('2025-06-02', '09:30'), ny('2025-06-13', '16:00')] as const
const alpha = dailyCloses('2025-06-02', '2025-06-12')

const inputs: ComparisonInput[] = [
  {
    instrument: instrument('alpha', 'ALPHA'),
    colorVar: 'red',
    series: alpha,
    failed: false,
    reaction: null,
  },
  {
    instrument: instrument('gone', 'GONE'),
    colorVar: 'blue',
    series: undefined,
    failed: true,
    reaction: null,
  },
  {
    instrument: instrument('slow', 'SLOW'),
    colorVar: 'green',
    series: undefined,
    failed: false,
    reaction: null,
  },
]

describe('the comparison chart beside a series that did not load', () => {
  it('says which instruments are not on it because their series failed or is still loading, never drawing them silently', () => {
    const { container } = render(
      <ComparisonChart inputs={inputs} event={null} domain={domain} zone="America/New_York" />,
    )
    expect(container.querySelector('[data-comparison-line="gone"]')).toBeNull()
    expect(screen.getByText(/^Not on the chart \(series could not be loaded\)/)).toHaveTextContent(
      'Not on the chart (series could not be loaded): GONE.',
    )
    expect(screen.getByText(/^Not on the chart \(series still loading\)/)).toHaveTextContent(
      'Not on the chart (series still loading): SLOW.',
    )
    // The summary tells the move it has, and does not call GONE unchanged or untraded.
    expect(screen.getByText(/^Since the start of the window/)).not.toHaveTextContent('GONE')
  })

  it('says when a line’s last price is days before the others’, not that its move is at the end of the window', () => {
    // STOPPED's closes end on Thursday 5 June (5000, 5001, 5002, 5003); ALPHA's run to Thursday 12.
    const stopped = dailyCloses('2025-06-02', '2025-06-05')
    render(
      <ComparisonChart
        inputs={[
          inputs[0]!,
          { ...inputs[0]!, instrument: instrument('stopped', 'STOPPED'), series: stopped },
        ]}
        event={null}
        domain={domain}
        zone="America/New_York"
      />,
    )
    const summary = screen.getByText(/^Since the start of the window/)
    // With its year where the page's clock is in another.
    expect(summary).toHaveTextContent(/STOPPED up 0\.06% \(last price Thu 5 Jun( 2025)?\)/)
    expect(summary).not.toHaveTextContent(/ALPHA up [\d.]+% \(last price/)
  })
})
