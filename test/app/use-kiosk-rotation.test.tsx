import { act } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextView, useKioskRotation } from '../../src/app/use-kiosk-rotation'
import type { View } from '../../src/hooks/url-params'
import { server } from '../../mocks/node'
import { renderWithFeed } from '../render'

function Rotation({ seconds, view }: { seconds: number | null; view: View }) {
  useKioskRotation(seconds, view)
  return null
}

const shownView = () => new URLSearchParams(window.location.search).get('view')

describe('kiosk rotation', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('goes timeline, quotes, markets, and round again', () => {
    expect(nextView('dashboard')).toBe('timeline')
    expect(nextView('timeline')).toBe('quotes')
    expect(nextView('quotes')).toBe('markets')
    expect(nextView('markets')).toBe('timeline')
    expect(nextView('quotes', ['markets'])).toBe('timeline')
    expect(nextView('markets', ['markets'])).toBe('timeline')
  })

  it('shows the next panel after the chosen number of seconds, in the URL', () => {
    window.history.replaceState(null, '', '/?kiosk&rotate=20&view=quotes&instrument=spx')
    renderWithFeed(<Rotation seconds={20} view="quotes" />)
    act(() => vi.advanceTimersByTime(19_000))
    expect(shownView()).toBe('quotes')
    act(() => vi.advanceTimersByTime(1_000))
    const search = new URLSearchParams(window.location.search)
    expect(search.get('view')).toBe('markets')
    expect(search.get('instrument')).toBeNull()
    expect(search.has('kiosk')).toBe(true)
  })

  it('leaves the markets out once the feed has listed no instrument', async () => {
    // Test data: a negotiation-only feed, its markets.json loaded with an empty list.
    server.use(http.get('*/demo-feed/markets.json', () => HttpResponse.json({ instruments: [] })))
    window.history.replaceState(null, '', '/?kiosk&rotate=20&view=quotes')
    const { queryClient } = renderWithFeed(<Rotation seconds={20} view="quotes" />)
    await vi.waitFor(() =>
      expect(queryClient.getQueryCache().findAll()[0]?.state.status).toBe('success'),
    )
    act(() => vi.advanceTimersByTime(20_000))
    expect(shownView()).toBe('timeline')
  })

  it('keeps the markets in while their list has not loaded: a failure is not an empty list', async () => {
    server.use(http.get('*/demo-feed/markets.json', () => new HttpResponse(null, { status: 500 })))
    window.history.replaceState(null, '', '/?kiosk&rotate=20&view=quotes')
    const { queryClient } = renderWithFeed(<Rotation seconds={20} view="quotes" />)
    await vi.waitFor(() =>
      expect(queryClient.getQueryCache().findAll()[0]?.state.status).toBe('error'),
    )
    act(() => vi.advanceTimersByTime(20_000))
    expect(shownView()).toBe('markets')
  })

  it('stays put without rotation, and asks the feed for nothing', () => {
    window.history.replaceState(null, '', '/?kiosk&view=quotes')
    const { queryClient } = renderWithFeed(<Rotation seconds={null} view="quotes" />)
    act(() => vi.advanceTimersByTime(60_000))
    expect(shownView()).toBe('quotes')
    expect(
      queryClient
        .getQueryCache()
        .findAll()
        .every((q) => q.state.fetchStatus === 'idle'),
    ).toBe(true)
  })
})
