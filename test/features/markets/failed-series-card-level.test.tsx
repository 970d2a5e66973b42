import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { server } from '../../../mocks/node'
import { renderWithFeed } from '../../render'

// The demo feed's markets.json gives the S&P 500's last level (6,005.88 points, as of about 16:00
// New York on Mon 9 June) and no level for the Nasdaq; here their series answer HTTP 500.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

function failSeries(...ids: string[]) {
  server.use(
    ...ids.map((id) =>
      http.get(`*/demo-feed/series/${id}.json`, () => new HttpResponse('oops', { status: 500 })),
    ),
  )
}

async function failedCard(name: string, search = '?tz=UTC') {
  window.history.replaceState(null, '', `/${search}`)
  renderWithFeed(<MarketsPanel />, { now: articleMoment })
  const card = await screen.findByRole('article', { name })
  await within(card).findByRole('alert')
  return card
}

describe('a card whose series did not load', () => {
  it('shows the level the feed’s snapshot gives, with its time, and that there is no chart', async () => {
    failSeries('spx')
    const card = await failedCard('S&P 500')
    expect(card).toHaveTextContent(
      'Feed snapshot, Mon 9 Jun, ~20:00 UTC: 6,005.88 points (series did not load: no chart)',
    )
    // The day change is the feed's own; no move since an event is made up.
    expect(card).toHaveTextContent('S&P 500 +0.09% on the day.')
    expect(card).not.toHaveTextContent(/since/)
  })

  it('says the feed reports no level where it gives none', async () => {
    failSeries('ixic')
    const card = await failedCard('Nasdaq Composite')
    expect(card).toHaveTextContent(
      'Feed snapshot, Mon 9 Jun, ~20:00 UTC: level not reported (series did not load: no chart)',
    )
  })

  it('in replay before the feed’s figure, says the level is not known then, never "not reported"', async () => {
    failSeries('spx')
    const card = await failedCard('S&P 500', '?tz=UTC&asof=2025-06-09T14:00:00Z')
    expect(card).toHaveTextContent(
      'As of Mon 9 Jun, 14:00 UTC: level not known then (series did not load: no chart)',
    )
    expect(card).not.toHaveTextContent('6,005.88')
    expect(card).not.toHaveTextContent('not reported')
  })
})
