import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import sessions from '../../../mocks/fixtures/sessions.json'
import { renderWithFeed } from '../../render'
import { snapshotItem, visit } from '../../page'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

// The S&P 500's last price is New York's close at 16:00 EDT on Monday 9 June: 05:00 on Tuesday 10
// June in Tokyo. Viewed in Tokyo, its card dated that price Tuesday and its mark "No price since
// Mon 9 Jun" (New York's calendar) beside it, as if a Tuesday price were missing.

describe('the day an out-of-date price is from, in the display zone', () => {
  it('is the day the card dates the last price: Tokyo’s Tuesday, not New York’s Monday', async () => {
    server.use(
      http.get('*/demo-feed/sessions.json', () =>
        HttpResponse.json({ sessions: sessions.sessions.slice(0, 1) }),
      ),
    )
    visit('/?tz=Asia/Tokyo')
    renderWithFeed(<MarketsPanel />, { now: articleMoment + 30 * 86_400_000 })
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    expect(await within(card).findByText('No price since Tue 10 Jun')).toBeInTheDocument()
    expect(card).toHaveTextContent(/Last, Tue 10 Jun.* 05:00 GMT\+9/)
    expect(card).not.toHaveTextContent('Mon 9 Jun')
    expect(snapshotItem('S&P 500')).toHaveTextContent('No price since Tue 10 Jun')
  })
})
