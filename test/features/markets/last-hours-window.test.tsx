import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
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

describe('markets: the last hours, up to now', () => {
  it('choosing "Last hour" draws the hour before the dashboard’s now and writes it in the URL', async () => {
    visit('/?tz=UTC')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    const before = await timeLabels('Brent crude oil')
    const select = await screen.findByRole('combobox', { name: 'Time window' })
    await userEvent.selectOptions(select, 'Last hour')
    expect(new URLSearchParams(window.location.search).get('window')).toBe('last:1h')
    // 08:15 UTC is the article's moment: the axis runs from 07:16 to 08:16 in quarter hours.
    await waitFor(async () => expect(await timeLabels('Brent crude oil')).not.toEqual(before))
    const labels = await timeLabels('Brent crude oil')
    expect(labels).toContain('07:30')
    expect(labels).toContain('08:00')
    expect(labels.some((l) => l?.includes('9 Jun') || l === '06:00')).toBe(false)
  })

  it('is read from the URL', async () => {
    visit('/?tz=UTC&window=last:4h')
    renderWithFeed(<MarketsPanel />, { now: articleMoment })
    expect(await screen.findByRole('combobox', { name: 'Time window' })).toHaveValue('last:4h')
    const labels = await timeLabels('Brent crude oil')
    // 04:20 to 08:20 UTC.
    expect(labels.some((l) => l?.endsWith('05:00'))).toBe(true)
    expect(labels).toContain('08:00')
    expect(labels.some((l) => l?.endsWith('04:00') || l?.endsWith('09:00'))).toBe(false)
  })
})
