import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { TalksStatusLine } from '../../src/app/talks-status-line'
import { server } from '../../mocks/node'
import { renderWithFeed, testRuntime } from '../render'

// Test data: a portal team's config.json naming a feed on another server, which answers without
// the CORS headers docs/deploy.md gives (the browser then reports only a network error).
const feedUrl = 'https://feeds.intranet.example/talks/'
const unavailable = () => screen.findByText(/^Feed unavailable/)

function feedUnreachable(url: string) {
  server.use(http.get(`${url}*`, () => HttpResponse.error()))
  renderWithFeed(<TalksStatusLine />, { runtime: testRuntime({ feedUrl: url }) })
}

describe('the header when a feed on another site cannot be reached', () => {
  it('names the address and the CORS and connect-src settings that feed needs', async () => {
    feedUnreachable(feedUrl)
    const page = window.location.origin
    expect(await unavailable()).toHaveTextContent(
      `Feed unavailable: index.json: the feed could not be reached. Looked for it at https://feeds.intranet.example/talks/index.json: if that server is up, it must allow this page (Access-Control-Allow-Origin: ${page}), and this page’s Content-Security-Policy must list https://feeds.intranet.example in connect-src (docs/deploy.md)`,
    )
  })

  it('says nothing of CORS for a feed on the page’s own site', async () => {
    feedUnreachable(new URL('/feeds/talks/', window.location.href).href)
    expect(await unavailable()).toHaveTextContent('the feed could not be reached')
    expect(await unavailable()).not.toHaveTextContent('Access-Control-Allow-Origin')
  })
})
