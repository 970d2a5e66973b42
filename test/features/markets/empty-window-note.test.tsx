import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

// The demo's prices end at 09:00 London on 10 June; read two days later, with "Last hour" left on
// (a desk's overnight screen), no instrument has a price in the window.
const twoDaysLater = Date.parse('2025-06-12T09:15:00+01:00')

const note = () => screen.queryByText(/^No instrument has a price in this window/)

describe('markets: a window without a single price', () => {
  it('says so once, with the latest price’s time, and goes back to the whole round', async () => {
    visit('/?tz=Europe/London&window=last:1h')
    renderWithFeed(<MarketsPanel />, { now: twoDaysLater })
    const status = await screen.findByText(/^No instrument has a price in this window/)
    expect(status).toHaveTextContent(
      'No instrument has a price in this window (Last hour). The latest of any: Tue 10 Jun, 09:00 BST.',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Show the whole round' }))
    expect(new URLSearchParams(window.location.search).get('window')).toBeNull()
    expect(screen.getByRole('combobox', { name: 'Time window' })).toHaveValue('all')
    const card = await screen.findByRole('article', { name: 'Brent crude oil' })
    await within(card).findByRole('slider', { name: /^Brent crude oil/ })
    expect(note()).toBeNull()
  })

  it('says nothing while a series has not loaded: its prices may be in the window', async () => {
    server.use(
      http.get('*/demo-feed/series/brent.json', () => HttpResponse.json({}, { status: 503 })),
    )
    visit('/?tz=Europe/London&window=last:1h')
    renderWithFeed(<MarketsPanel />, { now: twoDaysLater })
    const brent = await screen.findByRole('article', { name: 'Brent crude oil' })
    await within(brent).findByRole('button', { name: /retry/i }, { timeout: 5000 })
    await screen.findByText('No S&P 500 data in this window.')
    expect(note()).toBeNull()
  })

  it('says nothing when the window holds a price', async () => {
    visit('/?tz=Europe/London&window=last:4h')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const card = await screen.findByRole('article', { name: 'Brent crude oil' })
    await within(card).findByRole('slider', { name: /^Brent crude oil/ })
    expect(note()).toBeNull()
  })
})
