import { useQuery } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createQueryClient } from '../../../src/app/query-client'
import { marketsQueries, quotesQueries } from '../../../src/feed/queries'
import { RefreshStatus } from '../../../src/features/header/refresh-status'
import { TalksStatusLine } from '../../../src/app/talks-status-line'
import { server } from '../../../mocks/node'
import { advance, advanceUntil, useFakeClock } from '../../fake-clock'
import { renderWithFeed, testRuntime } from '../../render'

// Test data: a feed address that answers nothing usable, or nothing at all yet.
const feedUrl = 'https://intranet.example/talks-feed/'

function renderHeaderParts() {
  // The status line asks for the index and the sessions, as the header does.
  renderWithFeed(
    <>
      <TalksStatusLine />
      <RefreshStatus wall={Date.now()} />
    </>,
    { runtime: testRuntime({ feedUrl }) },
  )
}

describe('the header’s last-update words before anything has loaded', () => {
  it('once every request has failed for good: says nothing loaded, and is not left "updating…"', async () => {
    server.use(http.get(`${feedUrl}*`, () => new HttpResponse('Not found', { status: 404 })))
    renderHeaderParts()
    const status = await screen.findByText('Nothing loaded from the feed')
    expect(status.closest('[role="status"]')).not.toBeNull()
    expect(screen.queryByText('updating…')).toBeNull()
    // Nothing on the page is marked as still loading: a phone's page is shown at once.
    expect(document.querySelector('[data-refresh-status] [data-loading]')).toBeNull()
  })

  it('while the answers are awaited: "updating…", marked as loading', async () => {
    server.use(
      http.get(`${feedUrl}*`, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    renderHeaderParts()
    expect(await screen.findByText('updating…')).toHaveAttribute('data-loading')
    expect(screen.queryByText('Nothing loaded from the feed')).toBeNull()
  })
})

describe('the header’s staleness on a live feed whose instruments change', () => {
  afterEach(() => vi.useRealTimers())

  it('an instrument the page no longer shows does not make the page stale', async () => {
    useFakeClock()
    const feed = testRuntime().feedBaseUrl
    // The markets show the S&P 500 and Brent; then the feed drops Brent and its chart goes.
    function Page({ instruments, wall }: { instruments: string[]; wall: number }) {
      return (
        <>
          {instruments.map((id) => (
            <Series key={id} id={id} />
          ))}
          <RefreshStatus wall={wall} />
        </>
      )
    }
    function Series({ id }: { id: string }) {
      useQuery(marketsQueries.series(feed, id))
      return null
    }
    const { queryClient, rerender } = renderWithFeed(
      <Page instruments={['spx', 'brent']} wall={Date.now()} />,
      { queryClient: createQueryClient(5), runtime: testRuntime({ refreshSeconds: 5 }) },
    )
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    rerender(<Page instruments={['spx']} wall={Date.now()} />)
    // A minute on, the S&P 500 has been refreshed every 5 s: nothing on screen is stale.
    await advance(60_000)
    rerender(<Page instruments={['spx']} wall={Date.now()} />)
    expect(screen.queryByText(/Stale/)).toBeNull()
    expect(screen.getByText(/updated \d+ s ago/)).toBeInTheDocument()
  })
})

describe('the header’s staleness warning in the row of controls', () => {
  afterEach(() => vi.useRealTimers())

  it('keeps its whole text in its tooltip, as the row may cut it rather than wrap (the desk would jump)', async () => {
    useFakeClock()
    const { queryClient, rerender } = renderWithFeed(<RefreshStatus wall={Date.now()} fillRow />, {
      queryClient: createQueryClient(5),
      runtime: testRuntime({ refreshSeconds: 5 }),
    })
    function Quotes() {
      useQuery(quotesQueries.list(testRuntime().feedBaseUrl))
      return null
    }
    rerender(
      <>
        <Quotes />
        <RefreshStatus wall={Date.now()} fillRow />
      </>,
    )
    await advanceUntil(() => expect(queryClient.isFetching()).toBe(0))
    server.use(http.get('*/demo-feed/quotes.json', () => new HttpResponse(null, { status: 503 })))
    await advance(30_000)
    rerender(
      <>
        <Quotes />
        <RefreshStatus wall={Date.now()} fillRow />
      </>,
    )
    const warning = screen.getByRole('status')
    expect(warning).toHaveTextContent(/Stale: last update \d+ s ago/)
    expect(warning.title).toMatch(/^Stale: last update \d+ s ago \(\d\d:\d\d:\d\d \S+\)$/)
  })
})
