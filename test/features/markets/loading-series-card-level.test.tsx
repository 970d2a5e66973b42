import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { ChromeContext, fullChrome } from '../../../src/hooks/chrome-context'
import { server } from '../../../mocks/node'
import { fixtureDocuments } from '../../../mocks/handlers'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'

// The demo feed's markets.json gives the S&P 500's last level (6,005.88 points, as of about 16:00
// New York on Mon 9 June) and no level for the Nasdaq. Here their series answer only when the test
// says: until then the card's readout line gives the feed's level, in the same place and height.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/** The series of `id` held until the returned function is called. */
function holdSeries(id: string): () => void {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.get(`*/demo-feed/series/${id}.json`, async () => {
      await held
      return HttpResponse.json(fixtureDocuments[`series/${id}.json`] as object)
    }),
  )
  return release
}

async function loadingCard(name: string, shortName: string, search = '?tz=UTC') {
  visit(`/${search}`)
  renderWithFeed(<MarketsPanel />, { now: articleMoment })
  const card = await screen.findByRole('article', { name })
  await within(card).findByRole('status', { name: `Loading the ${shortName} series` })
  return card
}

const lineWith = (card: HTMLElement, text: string) =>
  within(card).getByText((_, el) => el?.tagName === 'P' && el.textContent === text)

describe('a card whose series is still loading', () => {
  it('shows the level the feed’s snapshot gives, then the readout in its place, at the same height', async () => {
    const release = holdSeries('spx')
    const card = await loadingCard('S&P 500', 'S&P 500')
    const words =
      'Feed snapshot, Mon 9 Jun, ~20:00 UTC: 6,005.88 points (series loading: chart to come)'
    const line = lineWith(card, words)
    expect(line).toHaveAttribute('title', words)
    expect(line).toHaveClass('h-8')
    release()
    const readout = await within(card).findByTestId('market-readout')
    expect(readout).toHaveTextContent('Last, Mon 9 Jun, 20:00 UTC 6,005.88 points')
    expect(readout).toHaveClass('h-8')
    expect(card).not.toHaveTextContent('series loading')
  })

  it('says the feed reports no level where it gives none', async () => {
    holdSeries('ixic')
    const card = await loadingCard('Nasdaq Composite', 'Nasdaq')
    lineWith(
      card,
      'Feed snapshot, Mon 9 Jun, ~20:00 UTC: level not reported (series loading: chart to come)',
    )
  })

  it('in replay before the feed’s figure, says the level is not known then, never "not reported"', async () => {
    holdSeries('spx')
    const card = await loadingCard('S&P 500', 'S&P 500', '?tz=UTC&asof=2025-06-09T14:00:00Z')
    lineWith(
      card,
      'As of Mon 9 Jun, 14:00 UTC: level not known then (series loading: chart to come)',
    )
    expect(card).not.toHaveTextContent('6,005.88')
    expect(card).not.toHaveTextContent('not reported')
  })

  it('alone in a frame, keeps to the one line its readout takes', async () => {
    const release = holdSeries('spx')
    visit('/?tz=UTC')
    renderWithFeed(
      <ChromeContext value={{ ...fullChrome, view: 'markets', instrument: 'spx' }}>
        <MarketsPanel />
      </ChromeContext>,
      { now: articleMoment },
    )
    const card = await screen.findByRole('article', { name: 'S&P 500' })
    const line = await waitFor(() =>
      lineWith(
        card,
        'Feed snapshot, Mon 9 Jun, ~20:00 UTC: 6,005.88 points (series loading: chart to come)',
      ),
    )
    expect(line).toHaveClass('h-4', 'line-clamp-1')
    release()
    expect(await within(card).findByTestId('market-readout')).toHaveTextContent('6,005.88 points')
  })
})
