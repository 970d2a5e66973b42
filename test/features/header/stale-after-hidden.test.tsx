import { useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { server } from '../../../mocks/node'
import { createQueryClient } from '../../../src/app/query-client'
import { quotesQueries } from '../../../src/feed/queries'
import { RefreshStatus } from '../../../src/features/header/refresh-status'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { renderWithFeed, testRuntime } from '../../render'

const refreshSeconds = 5

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' })
  act(() => {
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
  })
}

/** The quotes, answered at once, or held until `release()` (a slow network after the tab is shown). */
function quotesFeed() {
  let held: (() => void) | null = null
  let holding = false
  server.use(
    http.get('*/demo-feed/quotes.json', async () => {
      if (holding) await new Promise<void>((resolve) => (held = resolve))
      return HttpResponse.json(quotesDoc)
    }),
  )
  return {
    hold: () => (holding = true),
    release: () => {
      holding = false
      held?.()
    },
  }
}

function renderStatus() {
  function Page() {
    useQuery(quotesQueries.list(testRuntime().feedBaseUrl))
    return <RefreshStatus wall={Date.now()} />
  }
  const view = renderWithFeed(<Page />, {
    queryClient: createQueryClient(refreshSeconds),
    runtime: testRuntime({ refreshSeconds }),
  })
  // The header's clock ticks; here a render reads Date.now().
  return { ...view, tick: () => view.rerender(<Page />) }
}

afterEach(() => {
  setVisibility('visible')
  vi.useRealTimers()
})

describe('the header’s stale warning after the tab was hidden', () => {
  it('says nothing while the refresh asked on return is on its way, and says so if it does not come', async () => {
    useFakeClock()
    const feed = quotesFeed()
    const { queryClient, tick } = renderStatus()
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))

    // Hidden for 18 s: the page asks every 20 s meanwhile, so nothing came since (limit 15 s).
    setVisibility('hidden')
    await advance(18_000)
    feed.hold()
    setVisibility('visible')
    // Shown again, the page asks at once.
    await advanceUntil(() => expect(queryClient.isFetching()).toBeGreaterThan(0))
    tick()
    expect(screen.queryByText(/Stale/)).toBeNull()

    // A whole interval later the answer has still not come: that is stale.
    await advance(refreshSeconds * 1000 + 1000)
    tick()
    expect(screen.getByRole('status')).toHaveTextContent(/Stale: last update \d+ s ago/)

    feed.release()
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    tick()
    expect(screen.queryByText(/Stale/)).toBeNull()
  })

  it('stays stale on return when the data was already stale before the tab was hidden', async () => {
    useFakeClock()
    const { queryClient, tick } = renderStatus()
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(null, { status: 503 })))
    await advance(30_000)
    tick()
    expect(screen.getByRole('status')).toHaveTextContent(/Stale/)

    setVisibility('hidden')
    await advance(1_000)
    setVisibility('visible')
    tick()
    expect(screen.getByRole('status')).toHaveTextContent(/Stale/)
  })
})
