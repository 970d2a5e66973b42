import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { TalksStatusLine } from '../../src/app/talks-status-line'
import { server } from '../../mocks/node'
import { renderWithFeed, testRuntime } from '../render'

// Test data: an intranet team's config.json pointing at a folder that holds no feed.
const feedUrl = 'https://intranet.example/talks-feed/'
const unavailable = () => screen.findByText(/^Feed unavailable/)

function answerIndex(response: () => Response) {
  server.use(http.get(`${feedUrl}*`, response))
  renderWithFeed(<TalksStatusLine />, { runtime: testRuntime({ feedUrl }) })
}

describe('the header when the feed cannot be read', () => {
  it('nothing at the address: says where it looked and what to check', async () => {
    answerIndex(() => new HttpResponse('Not found', { status: 404 }))
    expect(await unavailable()).toHaveTextContent(
      'Feed unavailable: index.json: the feed answered HTTP 404. Looked for it at https://intranet.example/talks-feed/index.json: is feedUrl in config.json right?',
    )
  })

  it('a web page where the feed should be (a server answering every path with the app): the same', async () => {
    answerIndex(
      () =>
        new HttpResponse('<!doctype html><title>Portal</title>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    )
    expect(await unavailable()).toHaveTextContent(
      'Looked for it at https://intranet.example/talks-feed/index.json',
    )
  })

  it('a feed that is there but failing: no word about the address', async () => {
    answerIndex(() => new HttpResponse('busy', { status: 503 }))
    expect(await unavailable()).toHaveTextContent('HTTP 503')
    expect(await unavailable()).not.toHaveTextContent('Looked for it')
  })

  it('in the demo (a fault scenario), no word about config.json: the demo has none to fix', async () => {
    server.use(
      http.get('*/demo-feed/index.json', () => new HttpResponse('Not found', { status: 404 })),
    )
    renderWithFeed(<TalksStatusLine />)
    expect(await unavailable()).toHaveTextContent('HTTP 404')
    expect(await unavailable()).not.toHaveTextContent('config.json')
  })
})
