import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import indexDoc from '../../../mocks/fixtures/index.json'
import { server } from '../../../mocks/node'
import { ClockSkewNote } from '../../../src/features/header/clock-skew-note'
import { recordServerDate, resetServerClock } from '../../../src/feed/server-clock'
import { renderWithFeed } from '../../render'

/** The feed server answers with a `Date` this far from the viewer's clock. */
function serverClockOff(ms: number) {
  const now = Date.now()
  act(() => {
    for (let i = 0; i < 3; i++) recordServerDate(now + ms, now, now)
  })
}

/** The demo feed made live: no pinned moment, the page's "now" is the server's clock. */
function liveFeed() {
  const live: Partial<typeof indexDoc> = { ...indexDoc }
  delete live.pinnedNow
  server.use(http.get('*/demo-feed/index.json', () => HttpResponse.json(live)))
}

afterEach(() => act(() => resetServerClock()))

describe('the header on a live feed whose server clock is off', () => {
  it('says the page tells the time by a server clock minutes behind this computer’s', async () => {
    liveFeed()
    renderWithFeed(<ClockSkewNote />)
    serverClockOff(-5 * 60_000)
    expect(
      await screen.findByText(/Feed server’s clock 5 min behind this computer’s/),
    ).toBeInTheDocument()
  })

  it('says nothing of a few seconds, nor of a feed that pins its own moment (the demo)', async () => {
    liveFeed()
    const { unmount, queryClient } = renderWithFeed(<ClockSkewNote />)
    serverClockOff(20_000)
    await act(() => queryClient.refetchQueries())
    expect(screen.queryByText(/Feed server’s clock/)).toBeNull()
    unmount()
    server.resetHandlers()
    const { queryClient: demoClient } = renderWithFeed(<ClockSkewNote />)
    serverClockOff(5 * 60_000)
    await act(() => demoClient.refetchQueries())
    expect(screen.queryByText(/Feed server’s clock/)).toBeNull()
  })
})
