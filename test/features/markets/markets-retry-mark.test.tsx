import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { createQueryClient } from '../../../src/app/query-client'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { advanceUntil, useFakeClock } from '../../fake-clock'
import { visit } from '../../page'
import { renderWithFeed } from '../../render'

// A desk feed whose markets list or a series answers 503 once, then answers: the retry is said in
// the panel's header line, never above the cards, which would move down and back up.

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

beforeEach(() => {
  useFakeClock()
  visit('/?tz=UTC')
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const busyOnce = (file: string) =>
  server.use(
    http.get(`*/demo-feed/${file}`, () => new HttpResponse('busy', { status: 503 }), {
      once: true,
    }),
  )

/** The panel's header line, and everything under it (what a trader reads). */
function parts() {
  const region = screen.getByRole('region', { name: 'Market reaction' })
  const header = region.querySelector('header')!
  return { header, content: header.nextElementSibling as HTMLElement }
}

const retryMark = (header: HTMLElement, file: string) =>
  within(header).getByRole('button', {
    name: `${file}: the feed answered HTTP 503; retrying (1 of 3)…`,
  })

describe('the markets’ retry mark', () => {
  it('a series retried: in the header, nothing above the cards, gone once it answers', async () => {
    busyOnce('series/brent.json')
    renderWithFeed(<MarketsPanel />, { now: articleMoment, queryClient: createQueryClient(3600) })
    const mark = await advanceUntil(() => retryMark(parts().header, 'series/brent.json'))
    expect(mark).toHaveTextContent('↻')
    const { content } = parts()
    expect(content).not.toHaveTextContent(/retrying/i)
    expect(within(content).getByRole('article', { name: 'S&P 500' })).toBeInTheDocument()
    // The retry answers: the mark goes, Brent's card draws its chart.
    await advanceUntil(() =>
      expect(within(parts().header).queryByRole('button', { name: /retrying/ })).toBeNull(),
    )
    await advanceUntil(() =>
      within(screen.getByRole('article', { name: 'Brent crude oil' })).getByTestId(
        'market-readout',
      ),
    )
  })

  it('the markets list retried before it first arrives: in the header, not above the skeleton', async () => {
    busyOnce('markets.json')
    renderWithFeed(<MarketsPanel />, { now: articleMoment, queryClient: createQueryClient(3600) })
    await advanceUntil(() => retryMark(parts().header, 'markets.json'))
    expect(parts().content).not.toHaveTextContent(/retrying/i)
    await advanceUntil(() => screen.getByRole('article', { name: 'S&P 500' }))
    expect(within(parts().header).queryByRole('button', { name: /retrying/ })).toBeNull()
  })
})
