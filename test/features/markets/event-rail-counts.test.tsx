import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { EventRail } from '../../../src/features/markets/event-rail'
import type { MarketEvent } from '../../../src/features/markets/market-events'

const DAY = 86_400_000
// Test data: a long feed's 22,774 developments before a one-day window, and 2,526 after it.
const development = (i: number, at: number): MarketEvent => ({
  kind: 'development',
  id: `d${i}`,
  at,
  end: null,
  precision: 'exact',
  label: `Development ${i}`,
  detail: `Development ${i}`,
  sessionId: null,
})
const events = [
  ...Array.from({ length: 22_774 }, (_, i) => development(i, -DAY - i * 60_000)),
  ...Array.from({ length: 2_526 }, (_, i) => development(30_000 + i, 2 * DAY + i * 60_000)),
]

it('writes the counts of events beyond the window with thousands separators', () => {
  render(
    <EventRail
      label="Test"
      events={events}
      domain={[0, DAY]}
      zone="UTC"
      selectedKey={null}
      onSelect={() => {}}
    />,
  )
  const [before, after] = screen.getAllByRole('button')
  expect(before).toHaveTextContent('◂22,774 ◆')
  expect(before).toHaveAccessibleName(/^22,774 events before this window: /)
  expect(after).toHaveTextContent('◆ 2,526▸')
  expect(after).toHaveAccessibleName(/^2,526 events after this window: /)
})

it('names a marker’s events whole to screen readers, where the chart cuts their titles', () => {
  render(
    <EventRail
      label="Test"
      events={[
        {
          ...development(1, DAY / 2),
          label: 'Ministry of Commerce confirms limited rare earth export lic…',
          wholeLabel:
            'Ministry of Commerce confirms limited rare earth export licences to US firms',
        },
      ]}
      domain={[0, DAY]}
      zone="UTC"
      selectedKey={null}
      onSelect={() => {}}
    />,
  )
  expect(screen.getByRole('button')).toHaveAccessibleName(
    /Ministry of Commerce confirms limited rare earth export licences to US firms$/,
  )
})
