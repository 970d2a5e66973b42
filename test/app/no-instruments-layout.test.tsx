import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DashboardPage } from '../../src/app/dashboard-page'
import { server } from '../../mocks/node'
import { renderWithFeed } from '../render'

// A negotiation-only feed (markets.json loaded, no instruments) kept the desk's band over empty
// room and 45% of its width for one sentence. Now one line says it; the timeline and quote wall
// share the room. A list that failed or is loading keeps the room: the instruments may come.

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')
const sentence = 'The feed lists no market instruments.'

const listsNone = () =>
  server.use(http.get('*/demo-feed/markets.json', () => HttpResponse.json({ instruments: [] })))

function renderPage() {
  window.history.replaceState(null, '', '/')
  return renderWithFeed(<DashboardPage />, { now: articleMoment })
}

const asPhone = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
afterEach(() => vi.unstubAllGlobals())

describe('a feed that lists no market instruments', () => {
  it('on a desk: one named line for the markets, no band, the two other regions side by side', async () => {
    listsNone()
    renderPage()
    const markets = await screen.findByRole('region', { name: 'Market reaction' })
    expect(await within(markets).findByText(sentence)).toBeInTheDocument()
    expect(screen.getAllByText(sentence)).toHaveLength(1)
    // No band keeping room: neither its pointer nor its loading line.
    expect(screen.queryByText('No market snapshot (see the markets panel).')).toBeNull()
    expect(screen.queryByText('Loading the market snapshot…')).toBeNull()
    // The split holds the timeline and the quote wall only, one divider between them.
    const main = screen.getByRole('main')
    const inSplit = [...main.querySelectorAll<HTMLElement>('[data-region]')]
    expect(inSplit.map((region) => region.dataset.region)).toEqual(['timeline', 'quotes'])
    expect(within(main).getAllByRole('separator')).toHaveLength(1)
    expect(main.style.gridTemplateColumns).toBe('minmax(0, 27fr) 0.625rem minmax(0, 28fr)')
    // Still reachable: in the page's main landmark, where the m key and #markets look for it.
    expect(main).toContainElement(markets)
    expect(markets.closest('#region-markets')).not.toBeNull()
  })

  it('on a phone: the Markets tab holds the line, and no band sits over the tabs', async () => {
    asPhone()
    listsNone()
    window.history.replaceState(null, '', '/#markets')
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const panel = await screen.findByRole('tabpanel', { name: 'Markets' })
    expect(await within(panel).findByText(sentence)).toBeInTheDocument()
    // Not a panel a screen tall: the line is not the tab panel's stretched section.
    expect(panel.querySelector(':scope > section')).toBeNull()
    expect(screen.queryByText('No market snapshot (see the markets panel).')).toBeNull()
    expect(screen.getAllByText(sentence)).toHaveLength(1)
  })

  it('a list that failed keeps the band and the markets region: a failure is not "none"', async () => {
    server.use(
      http.get('*/demo-feed/markets.json', () => new HttpResponse('down', { status: 500 })),
    )
    renderPage()
    expect(await screen.findByText('Market snapshot unavailable')).toBeInTheDocument()
    const main = screen.getByRole('main')
    const inSplit = [...main.querySelectorAll<HTMLElement>('[data-region]')]
    expect(inSplit.map((region) => region.dataset.region)).toEqual([
      'timeline',
      'quotes',
      'markets',
    ])
    expect(screen.queryByText(sentence)).toBeNull()
  })

  it('while the list loads, the desk keeps the band and the three regions', async () => {
    server.use(http.get('*/demo-feed/markets.json', () => new Promise<Response>(() => {})))
    renderPage()
    expect(await screen.findByText('Loading the market snapshot…')).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(main.querySelectorAll('[data-region]')).toHaveLength(3)
  })
})
