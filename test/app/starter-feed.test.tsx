import { render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { App } from '../../src/app/app'
import { starterFeed } from '../../scripts/lib/starter-feed'
import { testRuntime } from '../render'
import { http, HttpResponse } from 'msw'

const feedUrl = 'https://intranet.example/feeds/starter/'

describe('the feed:new starter feed', () => {
  it('renders a working dashboard when config.json points at it', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
    const documents = starterFeed()
    server.use(
      http.get(`${feedUrl}*`, ({ request }) => {
        const document = documents[new URL(request.url).pathname.replace('/feeds/starter/', '')]
        return document === undefined
          ? new HttpResponse(null, { status: 404 })
          : HttpResponse.json(document)
      }),
    )
    window.history.replaceState(null, '', '/?tz=Europe/Zurich')
    render(<App runtime={testRuntime({ feedUrl })} />)
    expect(
      await screen.findByRole('heading', {
        name: 'Northland–Southland talks (fictional starter feed)',
      }),
    ).toBeInTheDocument()
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!
    expect(within(header).getByText('Demo data')).toBeInTheDocument()
    expect(await within(header).findByText(/Day 2 starts in/)).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(
      await within(timeline).findByRole('button', { name: /^Day 1\s*Concluded/ }),
    ).toBeInTheDocument()
    const wall = screen.getByRole('region', { name: 'Quote wall' })
    expect(await within(wall).findByText('2 of 2 quotes')).toBeInTheDocument()
    const markets = await screen.findByRole('region', { name: 'Market reaction' })
    expect(
      (await within(markets).findAllByText(/Example Share Index|Example index/)).length,
    ).toBeGreaterThan(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    vi.restoreAllMocks()
  })
})
