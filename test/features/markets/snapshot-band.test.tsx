import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithFeed } from '../../render'
import { SnapshotBand } from '../../../src/features/markets/snapshot-band'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { ClockContext } from '../../../src/hooks/clock-context'
import markets from '../../../mocks/fixtures/markets.json'
import { shownAt } from './band-widths'

const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))

/** Test data: `count` made-up instruments, "T1" to "Tn", each with its own last value. */
function instruments(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    instrument: {
      ...spx,
      id: `t${i + 1}`,
      shortName: `T${i + 1}`,
      name: `Test ${i + 1}`,
      last: 100 + i,
    },
    unavailable: null,
  }))
}

/** The band's places as a band `rem` wide shows them (a desk's below 110rem). */
const bandNames = (rem = 0) =>
  within(screen.getByRole('list', { name: 'Market snapshot' }))
    .queryAllByRole('listitem')
    .filter((item) => shownAt(item.className, rem))
    .map((item) => item.textContent?.match(/^T\d+/)?.[0] ?? item.textContent)

describe('the snapshot band', () => {
  it('gives a time of today without its day, the whole of it in the tooltip', () => {
    // The page's now: Tue 10 Jun, 16:15 in Shanghai. The S&P 500 closed at 04:00 there that day.
    const clock = { anchorNow: Date.parse('2025-06-10T08:15:00Z'), anchorWall: Date.now(), rate: 0 }
    renderWithFeed(
      <ClockContext value={clock}>
        <SnapshotBand items={[{ instrument: spx, unavailable: null }]} zone="Asia/Shanghai" />
      </ClockContext>,
    )
    const cell = within(screen.getByRole('list', { name: 'Market snapshot' })).getByRole('listitem')
    expect(cell).toHaveTextContent(/as of ~04:00 GMT\+8$/)
    expect(cell).toHaveAttribute('title', expect.stringMatching(/as of Tue 10 Jun, ~04:00 GMT\+8$/))
  })

  it('shows six instruments whole, with no button', () => {
    renderWithFeed(<SnapshotBand items={instruments(6)} zone="UTC" />)
    expect(bandNames()).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6'])
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('folds twenty into five and a last cell that opens all of them, and closes again', async () => {
    const user = userEvent.setup()
    renderWithFeed(<SnapshotBand items={instruments(20)} zone="UTC" />)
    expect(bandNames()).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', '+15 moreall 20 instruments'])
    const more = screen.getByRole('button', { name: '15 more instruments: show all 20' })
    expect(more).toHaveTextContent('+15 more')

    await user.click(more)
    const dialog = screen.getByRole('dialog', { name: 'Market snapshot: all 20 instruments' })
    const all = within(within(dialog).getByRole('list', { name: 'All instruments' }))
    expect(all.getAllByRole('listitem')).toHaveLength(20)
    expect(all.getByText('T20')).toBeInTheDocument()
    expect(all.getByText('119.00')).toBeInTheDocument()

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('shows more of twenty in the one row of a wider band, the last place counting the rest', () => {
    renderWithFeed(<SnapshotBand items={instruments(20)} zone="UTC" />)
    expect(bandNames(138)).toEqual([
      ...['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'],
      '+11 moreall 20 instruments',
    ])
    expect(screen.getByRole('button', { name: '11 more instruments: show all 20' })).toBeVisible()
  })

  it('shows every instrument on a wall screen, where no one can press the button', () => {
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, kiosk: true }}>
        <SnapshotBand items={instruments(20)} zone="UTC" />
      </ChromeContext>,
    )
    expect(bandNames()).toHaveLength(20)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
