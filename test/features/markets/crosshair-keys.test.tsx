import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { Crosshair } from '../../../src/features/markets/crosshair'
import { setHoverTime } from '../../../src/features/markets/hover-time'

// Test data: five prices, one an hour from 09:00 UTC (values 101 to 105).
const start = Date.parse('2025-06-09T09:00:00Z')
const points = [101, 102, 103, 104, 105].map((v, i) => ({ t: start + i * 3_600_000, v }))
const hour = (t: number) => new Date(t).toISOString().slice(11, 16)
// What the panel's header would say: the hovered moment's price, else the last.
const headerWords = (t: number | null) => {
  const point = t === null ? points.at(-1)! : points.find((p) => p.t === t)!
  return `${t === null ? 'Last, ' : ''}${hour(point.t)}: ${point.v}`
}

function showChart() {
  render(
    <Crosshair
      label="Test index"
      width={400}
      height={200}
      domain={[points[0]!.t, points.at(-1)!.t]}
      scale={{ ticks: [100, 105], domain: [100, 106] }}
      points={points}
      color="var(--accent)"
      formatValue={String}
      describe={headerWords}
    />,
  )
  return screen.getByRole('slider', { name: /^Test index chart/ })
}

afterEach(() => setHoverTime(null))

describe('the chart by keyboard, from the last price it shows before any key', () => {
  it('says the last point is where it stands', async () => {
    const chart = showChart()
    expect(chart).toHaveAttribute('aria-valuetext', 'Last, 13:00: 105')
    expect(chart).toHaveAttribute('aria-valuenow', '4')
  })

  it('the first ← goes one point back from it', async () => {
    const user = userEvent.setup()
    const chart = showChart()
    await user.tab()
    expect(chart).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(chart).toHaveAttribute('aria-valuetext', '12:00: 104')
    expect(chart).toHaveAttribute('aria-valuenow', '3')
  })

  it('the first Home goes to the first point', async () => {
    const user = userEvent.setup()
    const chart = showChart()
    await user.tab()
    await user.keyboard('{Home}')
    expect(chart).toHaveAttribute('aria-valuetext', '09:00: 101')
    expect(chart).toHaveAttribute('aria-valuenow', '0')
  })
})
