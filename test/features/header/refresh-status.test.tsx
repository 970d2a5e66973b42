import { screen } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { RefreshStatus } from '../../../src/features/header/refresh-status'
import { TalksStatusLine } from '../../../src/app/talks-status-line'
import { server } from '../../../mocks/node'
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
