import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DashboardPage } from '../../src/app/dashboard-page'
import { LatestLine } from '../../src/features/header/latest-line'
import { server } from '../../mocks/node'
import issuesFixture from '../../mocks/fixtures/issues.json'
import marketsFixture from '../../mocks/fixtures/markets.json'
import quotesFixture from '../../mocks/fixtures/quotes.json'
import sessionsFixture from '../../mocks/fixtures/sessions.json'
import { renderWithFeed } from '../render'

// A feed whose open issues, scenarios and instruments are all malformed: every list is empty
// once read, yet the feed is not. No panel may say "none" of them.
const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  server.use(
    http.get('*/demo-feed/issues.json', () =>
      HttpResponse.json({
        issues: issuesFixture.issues.map((issue) => ({ ...issue, status: 42 })),
        scenarios: issuesFixture.scenarios.map((scenario) => ({ ...scenario, title: null })),
      }),
    ),
    http.get('*/demo-feed/markets.json', () =>
      HttpResponse.json({
        ...marketsFixture,
        instruments: marketsFixture.instruments.map((instrument) => ({ ...instrument, id: 7 })),
      }),
    ),
  )
})
afterEach(() => vi.restoreAllMocks())

describe('lists whose every record could not be read', () => {
  it('are said to be unreadable, never empty', async () => {
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(
      await within(timeline).findByText('None of the feed’s open issues could be read.'),
    ).toBeInTheDocument()
    expect(
      within(timeline).getByText('None of the feed’s scenarios could be read.'),
    ).toBeInTheDocument()
    const markets = await screen.findByRole('region', { name: 'Market reaction' })
    expect(
      await within(markets).findByText('None of the feed’s market instruments could be read.'),
    ).toBeInTheDocument()
    const briefing = screen.getByRole('region', { name: /briefing/i })
    expect(within(briefing).getByText(/issues unavailable/)).toBeInTheDocument()
    expect(within(briefing).getByText('Market moves unavailable')).toBeInTheDocument()
    // Said once, in the markets panel; the band across the top points there.
    expect(
      screen.getAllByText('None of the feed’s market instruments could be read.'),
    ).toHaveLength(1)
    expect(screen.getByText('No market snapshot (see the markets panel).')).toBeInTheDocument()
    for (const claim of [
      /no issues on the table/i,
      /no scenarios/i,
      /lists no market/i,
      /no instruments/i,
    ])
      expect(screen.queryByText(claim)).not.toBeInTheDocument()
  })
})

describe('sessions and quotes none of which could be read', () => {
  it('leave where the talks stand and the latest quote unknown, not "no sessions", "nothing"', async () => {
    server.use(
      http.get('*/demo-feed/sessions.json', () =>
        HttpResponse.json({
          sessions: sessionsFixture.sessions.map((session) => ({ ...session, start: 'soon' })),
        }),
      ),
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({
          quotes: quotesFixture.quotes.map((quote) => ({ ...quote, saidAt: null })),
        }),
      ),
    )
    renderWithFeed(<DashboardPage />, { now: articleMoment })
    // The header: where the talks stand, and the newest development named as such (the quotes
    // that could not be read might be newer).
    expect(await screen.findByText(/none of the feed’s sessions could be read/)).toBeInTheDocument()
    expect(await screen.findByText('Latest development')).toBeInTheDocument()
    expect(screen.getByText(/quotes unavailable/)).toBeInTheDocument()
    // The briefing under the header leaves where the talks stand to it.
    const briefing = screen.getByRole('region', { name: /briefing/i })
    expect(within(briefing).queryByRole('group', { name: 'Talks' })).not.toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(
      await within(timeline).findByText('None of the feed’s sessions could be read.'),
    ).toBeInTheDocument()
    for (const claim of [/No sessions announced/, /No sessions in the feed/, /nothing reported/])
      expect(screen.queryByText(claim)).not.toBeInTheDocument()
  })
})

describe('some quotes that could not be read', () => {
  it('qualify the header’s latest item: an unread quote may be newer', async () => {
    server.use(
      http.get('*/demo-feed/quotes.json', () =>
        HttpResponse.json({
          quotes: quotesFixture.quotes.map((quote, i) => (i === 0 ? { ...quote, tone: 7 } : quote)),
        }),
      ),
    )
    renderWithFeed(<LatestLine />, { now: articleMoment })
    expect(await screen.findByText('Latest')).toBeInTheDocument()
    expect(screen.getByText('Latest').parentElement).toHaveTextContent(
      /^Latest of those read \(some quotes unreadable\) · Tue 10 Jun/,
    )
  })
})
