import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { shownAt } from './band-widths'
import { renderWithFeed } from '../../render'
import { SnapshotStrip } from '../../../src/features/markets/snapshot-strip'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import markets from '../../../mocks/fixtures/markets.json'

const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))
// Test data: a 10-year yield up 3 hundredths of a percentage point on the day.
const us10y = {
  ...spx,
  id: 'us10y',
  name: 'US 10-year Treasury yield',
  shortName: 'US 10Y',
  kind: 'yield' as const,
  unit: '%',
  last: 4.43,
  change: 0.03,
  changePercent: 0.68,
}

describe('snapshot strip', () => {
  it("shows a yield's day change in basis points, an index's in %", () => {
    renderWithFeed(
      <SnapshotStrip
        items={[
          { instrument: spx, unavailable: null },
          { instrument: us10y, unavailable: null },
        ]}
        zone="UTC"
      />,
    )
    const items = within(screen.getByRole('list', { name: 'Market snapshot' })).getAllByRole(
      'listitem',
    )
    expect(items[0]).toHaveTextContent('+0.09%')
    expect(items[1]).toHaveTextContent('+3.0 bp')
    expect(items[1]).not.toHaveTextContent('0.68%')
    // Its unit is said in words under "4.430%", not as a second "%".
    expect(within(items[1]!).getByText('percent yield')).toBeInTheDocument()
    expect(within(items[1]!).queryByText('%')).toBeNull()
  })

  it("shows a future's day change through zero in its own unit, not as missing", () => {
    // Test data: an oil future from $18.27 to −$37.63 on the day; the feed gives no %.
    const future = {
      ...spx,
      id: 'wti',
      shortName: 'WTI May',
      kind: 'future' as const,
      unit: 'USD per barrel',
      currency: 'USD',
      last: -37.63,
      change: -55.9,
      changePercent: null,
    }
    renderWithFeed(<SnapshotStrip items={[{ instrument: future, unavailable: null }]} zone="UTC" />)
    const [item] = within(screen.getByRole('list', { name: 'Market snapshot' })).getAllByRole(
      'listitem',
    )
    expect(item).toHaveTextContent('−$55.90 per barrel')
    expect(item).not.toHaveTextContent('not reported')
  })

  it('keeps twenty instruments to six places (ten where wider), the last opening all of them', async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      instrument: { ...spx, id: `t${i + 1}`, shortName: `T${i + 1}`, name: `Test ${i + 1}` },
      unavailable: null,
    }))
    renderWithFeed(<SnapshotStrip items={items} zone="UTC" />)
    const list = screen.getByRole('list', { name: 'Market snapshot' })
    const placesAt = (rem: number) =>
      within(list)
        .getAllByRole('listitem')
        .filter((item) => shownAt(item.className, rem))
        .map(
          (item) =>
            item.querySelector('p')?.textContent?.match(/^T\d+/)?.[0] ??
            item.textContent?.match(/^\+\d+ more/)?.[0],
        )
    expect(placesAt(0)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', '+15 more'])
    expect(placesAt(138)).toEqual([...'123456789'.split('').map((n) => `T${n}`), '+11 more'])
    await userEvent.click(
      within(list).getByRole('button', { name: '15 more instruments: show all 20' }),
    )
    const dialog = screen.getByRole('dialog', { name: 'Market snapshot: all 20 instruments' })
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(20)
  })

  it('shows every instrument when the snapshot is the whole page (?view=snapshot)', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      instrument: { ...spx, id: `t${i + 1}`, shortName: `T${i + 1}`, name: `Test ${i + 1}` },
      unavailable: null,
    }))
    renderWithFeed(<SnapshotStrip items={items} zone="UTC" whole />)
    const list = screen.getByRole('list', { name: 'Market snapshot' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(20)
    expect(within(list).queryByRole('button')).toBeNull()
  })
})
