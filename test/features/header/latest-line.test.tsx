import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { LatestLine } from '../../../src/features/header/latest-line'
import { server } from '../../../mocks/node'
import { renderWithFeed } from '../../render'

// The article's moment: 09:15 London on Tuesday 10 June 2025.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

const line = () => screen.getByText(/^Latest/).closest('p')!

describe('the header’s latest item while a list’s refresh fails', () => {
  it('keeps the newest item on screen under its own label, marked as not refreshed, never as unavailable', async () => {
    const { queryClient } = renderWithFeed(<LatestLine />, { now: articleMoment })
    await screen.findByText('Latest')
    const before = line().textContent!
    // The newest item of the demo feed is a development: its list's refresh failing leaves it on
    // screen.
    expect(line().title).toBe('White House waits for a concrete handshake before easing')

    server.use(
      http.get('*/demo-feed/developments.json', () => new HttpResponse('boom', { status: 500 })),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))

    // The developments kept on screen are still the newest: not a development called a quote, nor
    // "developments unavailable" beside one of them.
    expect(screen.queryByText('Latest quote')).toBeNull()
    expect(line()).not.toHaveTextContent('unavailable')
    expect(line()).toHaveTextContent(before)
    expect(line()).toHaveTextContent('developments not refreshed')
  })
})
