import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DayChange } from '../../../src/features/markets/day-change'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import markets from '../../../mocks/fixtures/markets.json'

const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))
// Test data: a Bund–Treasury spread quoted in basis points, below zero, up 0.70 bp on the day.
const spread = {
  ...spx,
  id: 'bund-ust',
  shortName: 'Bund–UST 10y',
  kind: 'other' as const,
  unit: 'bp',
  last: -172,
  change: 0.7,
  changePercent: null,
}
// Test data: an oil future through zero, down $55.90 on the day.
const future = {
  ...spx,
  kind: 'future' as const,
  unit: 'USD per barrel',
  currency: 'USD',
  last: -37.63,
  change: -55.9,
  changePercent: null,
}

describe('a compact day change in the unit of the level', () => {
  it('keeps a unit as short as "bp" beside the figure: beside moves in %, "+0.70" alone reads as a %', () => {
    const { container } = render(<DayChange instrument={spread} unavailable={false} compact />)
    expect(container).toHaveTextContent(/^\+0\.70 bp ▲$/)
  })

  it('leaves a long unit to the tooltip, as before', () => {
    const { container } = render(<DayChange instrument={future} unavailable={false} compact />)
    expect(container.textContent).toMatch(/^−55\.90 \(USD per barrel\) ▼$/)
  })
})
