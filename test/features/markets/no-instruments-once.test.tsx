import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketSnapshotBar } from '../../../src/features/markets/market-snapshot-bar'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import { renderWithFeed } from '../../render'

// The band across the top and the markets panel read the same list: a feed without instruments
// was said twice, word for word, on one page.

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

async function renderBandAndPanel(instruments: unknown[]) {
  server.use(http.get('*/demo-feed/markets.json', () => HttpResponse.json({ instruments })))
  window.history.replaceState(null, '', '/')
  renderWithFeed(
    <>
      <section aria-label="Band">
        <MarketSnapshotBar />
      </section>
      <MarketsPanel />
    </>,
    { now: articleMoment },
  )
  const markets = await screen.findByRole('region', { name: 'Market reaction' })
  return { band: screen.getByRole('region', { name: 'Band' }), markets }
}

describe('a feed with no market instruments', () => {
  it('is said once, in the markets panel; the band points there', async () => {
    const { band, markets } = await renderBandAndPanel([])
    const sentence = 'The feed lists no market instruments.'
    expect(await within(markets).findByText(sentence)).toBeInTheDocument()
    expect(screen.getAllByText(sentence)).toHaveLength(1)
    expect(band).toHaveTextContent('No market snapshot (see the markets panel).')
  })

  it('none of them readable: the reason once, in the markets panel', async () => {
    const { band, markets } = await renderBandAndPanel([{ id: 'spx' }])
    const sentence = 'None of the feed’s market instruments could be read.'
    expect(await within(markets).findByText(sentence)).toBeInTheDocument()
    expect(screen.getAllByText(sentence)).toHaveLength(1)
    expect(band).toHaveTextContent('No market snapshot (see the markets panel).')
  })
})
