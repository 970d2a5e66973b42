import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ComparisonChart } from '../../../src/features/markets/comparison-chart'
import type { ComparisonInput } from '../../../src/features/markets/comparison-lines'
import { instrumentSummary } from '../../../src/features/markets/instrument-summary'
import type { MarketEvent } from '../../../src/features/markets/market-events'
import { computeReaction } from '../../../src/features/markets/reaction'
import { readoutAt } from '../../../src/features/markets/readout-at'
import type { PreparedSeries } from '../../../src/features/markets/series-view'
import { dailyCloses, ny, testStock } from './daily-series'

// Test data: daily closes of a made-up stock with no prices from 5 to 27 May (a gap in the feed),
// a session on Sat 10 May, and a made-up listing whose first close is after that session.
const stock = testStock('gap', 'GAP')
const all = dailyCloses('2025-04-21', '2025-06-13')
const gapped: PreparedSeries = {
  ...all,
  points: all.points.filter(
    (p) => p.t < ny('2025-05-05', '00:00') || p.t > ny('2025-05-27', '00:00'),
  ),
}
const listing: PreparedSeries = {
  ...all,
  points: all.points.filter((p) => p.t > ny('2025-05-12', '00:00')),
}
const session: MarketEvent = {
  kind: 'session',
  id: 'day-1',
  at: ny('2025-05-10', '04:00'),
  end: null,
  precision: 'exact',
  label: 'Day 1',
  detail: '',
  sessionId: 'day-1',
}
const roundWindow = [ny('2025-04-28', '00:00'), ny('2025-05-14', '00:00')] as const

const input = (id: string, series: PreparedSeries): ComparisonInput => ({
  instrument: { ...stock, id, shortName: id.toUpperCase() },
  colorVar: 'red',
  series,
  failed: false,
  reaction: computeReaction({ ...stock, id }, series, session.at),
})

describe('daily closes with a gap around the event', () => {
  it('says no price since the event where the window ends before the next close, never 0.00%', () => {
    const reaction = computeReaction(stock, gapped, session.at)
    const points = gapped.points.filter((p) => p.t <= roundWindow[1])
    const readout = readoutAt(
      {
        instrument: stock,
        points,
        basis: 'level',
        unit: '%',
        trading: null,
        base: { value: reaction.baseValue!, label: 'Day 1', after: reaction.baseAt! },
        zone: 'America/New_York',
      },
      null,
    )
    expect(readout?.move).toBeNull()
    expect(readout?.note).toContain('no price since Day 1 in this window')
    render(
      <ComparisonChart
        inputs={[input('gap', gapped), input('full', all)]}
        event={session}
        domain={roundWindow}
        zone="America/New_York"
      />,
    )
    const summary = screen.getByText(/^Since Day 1:/)
    expect(summary).toHaveTextContent('No price since Day 1 in this window: GAP.')
    expect(summary).not.toHaveTextContent('GAP unchanged')
  })

  it('dates the first close after the event when it comes weeks later', () => {
    const reaction = computeReaction(stock, gapped, session.at)
    expect(instrumentSummary(stock, session, reaction)).toMatch(
      /at the first close after Day 1, 17 days later \(Tue 27 May\)\.$/,
    )
  })

  it('says a series that starts after the event has no close before it, not "no data since"', () => {
    const reaction = computeReaction(stock, listing, session.at)
    expect(instrumentSummary(stock, session, reaction)).toBe(
      'GAP: change not reported; no close before Day 1 to count from.',
    )
    render(
      <ComparisonChart
        inputs={[input('listing', listing), input('full', all)]}
        event={session}
        domain={[roundWindow[0], ny('2025-06-13', '20:00')]}
        zone="America/New_York"
      />,
    )
    expect(screen.getByText(/^Not on the chart/)).toHaveTextContent(
      'Not on the chart (no price before Day 1 to count from): LISTING.',
    )
  })

  it('says a window of one price has no move to tell, not "unchanged"', () => {
    render(
      <ComparisonChart
        inputs={[input('full', all), input('other', gapped)]}
        event={null}
        domain={[ny('2025-06-13', '00:00'), ny('2025-06-13', '23:00')]}
        zone="America/New_York"
      />,
    )
    expect(screen.getByText(/One price in this window/)).toHaveTextContent(
      'One price in this window, no move to tell: FULL, OTHER.',
    )
    expect(screen.queryByText(/unchanged/)).toBeNull()
  })
})
