import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/** The time axis labels of an instrument's chart. */
async function timeLabels(name: string) {
  const card = await screen.findByRole('article', { name })
  await within(card).findByRole('slider', { name: new RegExp(`^${name}`) })
  return [...card.querySelectorAll('text.recharts-xAxis')].map((t) => t.textContent)
}

const shownWindow = async () => {
  const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Time window' })
  return select.selectedOptions[0]?.textContent
}

describe('markets: a window of the day in the URL with no event selected', () => {
  it('shows the window the charts draw (the whole round), not a greyed-out "The day"', async () => {
    visit('/?tz=UTC')
    const view = renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const wholeRound = await timeLabels('Brent crude oil')
    expect(await shownWindow()).toBe('The whole round')
    view.unmount()

    visit('/?tz=UTC&window=day')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    expect(await timeLabels('Brent crude oil')).toEqual(wholeRound)
    expect(await shownWindow()).toBe('The whole round')
    // The link keeps what it asks for: an event chosen later shows its day.
    expect(new URLSearchParams(window.location.search).get('window')).toBe('day')
  })

  it('shows the day once an event is selected', async () => {
    visit('/?tz=UTC&window=day&session=london-day-1')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    await waitFor(async () => expect(await shownWindow()).toBe('The day'))
  })
})
