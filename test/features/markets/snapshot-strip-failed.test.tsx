import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithFeed } from '../../render'
import { SnapshotStrip } from '../../../src/features/markets/snapshot-strip'
import { snapshotAt } from '../../../src/features/markets/snapshot-at'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import markets from '../../../mocks/fixtures/markets.json'

// Test data: an index the feed gives a level for (as of Tue 10 Jun), whose series answered HTTP 500.
const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))
const desk = {
  ...spx,
  id: 'desk',
  shortName: 'DESK',
  last: 5139.13,
  asOf: '2025-06-10T09:00:00+01:00',
}
const failed = { raw: undefined, error: new Error('HTTP 500') }

describe('snapshot strip, replaying a moment, beside a series that did not load', () => {
  it('never says the feed did not report the level it did report', () => {
    const items = snapshotAt([desk], [failed], Date.parse('2025-06-09T14:00:00Z'))
    renderWithFeed(<SnapshotStrip items={items} zone="UTC" />)
    const [item] = within(screen.getByRole('list', { name: 'Market snapshot' })).getAllByRole(
      'listitem',
    )
    expect(item).not.toHaveTextContent('not reported')
    expect(item).toHaveTextContent('level not known then')
    expect(item).toHaveTextContent('The DESK series could not be loaded')
  })
})
