import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { dayAfterEvent } from '../../../src/features/markets/instrument-summary'
import { renderWithFeed } from '../../render'

// With an event chosen, a card's day change read "on the day" even when the change shown is of a
// later day than the event's: Brent's last day in the demo feed is Tue 10 Jun, London Day 1 was on
// Mon 9 Jun. The demo feed's figures are the article's; the times below are test data.

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const london = { timeZone: 'Europe/London' }
const now = Date.parse('2025-08-01T12:00:00Z')

describe('the day a day change is of, beside a chosen event', () => {
  it('names a later day than the event’s, in the market’s calendar', () => {
    const day1 = Date.parse('2025-06-09T13:00:00+01:00')
    expect(dayAfterEvent(Date.parse('2025-06-10T09:00:00+01:00'), day1, london, now)).toBe(
      'Tue 10 Jun',
    )
    // The event's own day, even past midnight UTC (00:30 in London is 23:30 UTC the day before).
    expect(
      dayAfterEvent(
        Date.parse('2025-06-10T22:30:00+01:00'),
        Date.parse('2025-06-10T00:30:00+01:00'),
        london,
        now,
      ),
    ).toBeNull()
    // An earlier day is not this helper's to name (offDaySessions names it), nor an unknown time.
    expect(dayAfterEvent(Date.parse('2025-06-06T16:00:00+01:00'), day1, london, now)).toBeNull()
    expect(dayAfterEvent(Number.NaN, day1, london, now)).toBeNull()
  })

  it('the demo with London Day 1 chosen: Brent’s and Hang Seng Tech’s are Tuesday’s; the S&P 500’s the event’s', async () => {
    window.history.replaceState(null, '', '/?session=london-day-1')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(
      await within(brent).findByText(
        /^Brent \+0\.25% on Tue 10 Jun; (up|down) \d\.\d\d% in the hour after Day 1/,
      ),
    ).toBeInTheDocument()
    expect(within(brent).queryByText(/on the day/)).not.toBeInTheDocument()
    const hk = await screen.findByRole('article', { name: 'Hang Seng Tech Index' })
    expect(await within(hk).findByText(/^Hang Seng Tech −1\.16% on Tue 10 Jun/)).toBeInTheDocument()
    // New York's close of Mon 9 Jun came after the event (08:00 there): the event's day.
    const spx = await screen.findByRole('article', { name: 'S&P 500' })
    expect(await within(spx).findByText(/^S&P 500 \+0\.09% on the day/)).toBeInTheDocument()
  })

  it('with no event chosen, "on the day" stays', async () => {
    window.history.replaceState(null, '', '/')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(await within(brent).findByText(/^Brent \+0\.25% on the day/)).toBeInTheDocument()
  })
})
