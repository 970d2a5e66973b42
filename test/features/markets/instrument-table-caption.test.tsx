import { screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { InstrumentTable } from '../../../src/features/markets/instrument-table'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import markets from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'

const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))
// Test data: a window of 70,203 one-second ticks, 1,200 of them drawn.
const start = Date.parse('2025-06-09T13:30:00Z')
const inWindow = Array.from({ length: 70_203 }, (_, i) => ({ t: start + i * 1000, v: 6000 }))
const drawn = inWindow.filter((_, i) => i % 50 === 0).slice(0, 1200)

it('counts the points of a tick series with thousands separators', () => {
  renderWithFeed(
    <InstrumentTable
      id="t"
      instrument={spx}
      illustrative={false}
      drawn={drawn}
      inWindow={inWindow}
      basis="level"
      unit="%"
      base={null}
      zone="UTC"
      referenceAt={null}
    />,
  )
  expect(screen.getByRole('table')).toHaveAccessibleName(
    'S&P 500: 1,200 of 70,203 points in the window, as drawn',
  )
})
