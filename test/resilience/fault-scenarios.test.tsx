import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DashboardPage } from '../../src/app/dashboard-page'
import { createQueryClient } from '../../src/app/query-client'
import { maxRetries } from '../../src/feed/retry-policy'
import { server } from '../../mocks/node'
import { scenarioHandlers, type ScenarioName } from '../../mocks/scenarios'
import { advance, advanceUntil, useFakeClock } from '../fake-clock'
import { renderWithFeed } from '../render'

const articleMoment = Date.parse('2025-06-10T09:15:00+01:00')

/** Requests per feed path, counted as MSW sees them. */
function countRequests() {
  const counts = new Map<string, number>()
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname.replace(/^.*\/demo-feed\//, '')
    counts.set(path, (counts.get(path) ?? 0) + 1)
  }
  server.events.on('request:start', listener)
  return counts
}

async function renderScenario(name: ScenarioName) {
  server.use(...scenarioHandlers(name))
  const counts = countRequests()
  const queryClient = createQueryClient(30)
  renderWithFeed(<DashboardPage />, { now: articleMoment, queryClient })
  // Through every retry and its backoff (1 s, 2 s, 4 s, or Retry-After), well before the next poll.
  await advanceUntil(
    () => {
      expect(screen.getByRole('region', { name: 'Market reaction' })).toBeInTheDocument()
      expect(queryClient.isFetching()).toBe(0)
    },
    { step: 100, pause: 10 },
  )
  // React Query hands the last result to the components on a timer of its own: let it run.
  await advance(16)
  return { counts, quotes: screen.getByRole('region', { name: 'Quote wall' }) }
}

async function expectOtherPanelsUntouched() {
  const timeline = screen.getByRole('region', { name: 'Timeline' })
  expect(within(timeline).getAllByText(/Lancaster House/).length).toBeGreaterThan(0)
  // The market snapshot sits in the band across the top of the desk; the markets region is there too.
  expect(screen.getByRole('region', { name: 'Market reaction' })).toBeInTheDocument()
  await advanceUntil(() =>
    expect(
      within(screen.getByRole('list', { name: 'Market snapshot' })).getAllByText(/6,005\.88/)
        .length,
    ).toBeGreaterThan(0),
  )
  expect(screen.queryByText(/panel stopped working/)).not.toBeInTheDocument()
}

beforeEach(() => {
  useFakeClock()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  server.events.removeAllListeners()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('fault scenarios: the affected panel says what is wrong, the others are untouched', () => {
  it('flaky: 500 three times, then the quotes arrive; exactly four requests', async () => {
    const { counts, quotes } = await renderScenario('flaky')
    expect(within(quotes).getAllByText(/China’s not easy\./).length).toBeGreaterThan(0)
    expect(counts.get('quotes.json')).toBe(maxRetries + 1)
    await expectOtherPanelsUntouched()
  })

  it('404: says so, offers Retry, and does not retry on its own', async () => {
    const { counts, quotes } = await renderScenario('not-found')
    expect(within(quotes).getByRole('alert')).toHaveTextContent(/HTTP 404/)
    expect(within(quotes).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(counts.get('quotes.json')).toBe(1)
    await expectOtherPanelsUntouched()
  })

  it.each<[ScenarioName, number]>([
    ['rate-limited', 2],
    ['unavailable', 2],
  ])('%s: waits for Retry-After, then succeeds (%i requests)', async (name, requests) => {
    const { counts, quotes } = await renderScenario(name)
    expect(within(quotes).getAllByText(/China’s not easy\./).length).toBeGreaterThan(0)
    expect(counts.get('quotes.json')).toBe(requests)
  })

  it('network error: at most the configured retries, then a message in words', async () => {
    const { counts, quotes } = await renderScenario('network-error')
    expect(within(quotes).getByRole('alert')).toHaveTextContent(/could not be reached/)
    expect(counts.get('quotes.json')).toBe(maxRetries + 1)
    await expectOtherPanelsUntouched()
  })

  it('a body cut off mid-JSON: not retried, said in words', async () => {
    const { counts, quotes } = await renderScenario('truncated')
    expect(within(quotes).getByRole('alert')).toHaveTextContent(/not valid JSON/)
    expect(counts.get('quotes.json')).toBe(1)
  })

  it('an HTML error page with status 200: "the feed answered with an error page"', async () => {
    const { quotes } = await renderScenario('html-200')
    expect(within(quotes).getByRole('alert')).toHaveTextContent(/answered with an error page/)
    await expectOtherPanelsUntouched()
  })

  it('one invalid record of many: the others show, and the reason is one toggle away', async () => {
    const { quotes } = await renderScenario('one-invalid')
    expect(
      within(quotes).getByText(/1 quote could not be read and is not shown/),
    ).toBeInTheDocument()
    expect(within(quotes).getAllByText(/China’s not easy\./).length).toBeGreaterThan(0)
    expect(within(quotes).getByText(/\$\.quotes\[1\]\.tone/)).toBeInTheDocument()
  })

  it('every record invalid: says how many could not be read, and never that there are none', async () => {
    const { quotes } = await renderScenario('all-invalid')
    expect(
      within(quotes).getByText(/12 quotes could not be read and are not shown/),
    ).toBeInTheDocument()
    expect(within(quotes).getByText('None of the feed’s quotes could be read.')).toBeInTheDocument()
    expect(within(quotes).queryByText(/no quotes yet/)).not.toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    await advanceUntil(() =>
      expect(
        within(timeline).getByText('None of the feed’s quotes could be read.'),
      ).toBeInTheDocument(),
    )
    expect(within(timeline).queryByText(/No quotes in the feed/)).not.toBeInTheDocument()
    // Nothing is said of who spoke: no "no public remarks", qualified or not, anywhere.
    expect(document.body).not.toHaveTextContent(/no public remarks (reported|among)/)
    expect(
      within(timeline).getAllByText(/Public remarks: quotes unavailable/).length,
    ).toBeGreaterThan(0)
    await expectOtherPanelsUntouched()
  })

  it('a timestamp without offset drops that record only', async () => {
    const { quotes } = await renderScenario('no-offset')
    expect(within(quotes).getByText(/1 quote could not be read/)).toBeInTheDocument()
    expect(within(quotes).getByText(/invalid date-time/)).toBeInTheDocument()
  })

  it('duplicated ids: the second record is dropped and named', async () => {
    const { quotes } = await renderScenario('duplicate-ids')
    expect(within(quotes).getByText(/duplicate id/)).toBeInTheDocument()
    expect(within(quotes).queryByText(/A second record with the same id/)).not.toBeInTheDocument()
  })

  it('a 50 MB body is refused unread, with a message', async () => {
    const parse = vi.spyOn(JSON, 'parse')
    const { quotes } = await renderScenario('huge')
    expect(within(quotes).getByRole('alert')).toHaveTextContent(/larger than 5 MB/)
    expect(
      parse.mock.calls.some(([text]) => typeof text === 'string' && text.length > 5_000_000),
    ).toBe(false)
  })

  it('an empty feed: every panel says it is empty, in words', async () => {
    await renderScenario('empty')
    const quotes = screen.getByRole('region', { name: 'Quote wall' })
    expect(within(quotes).getByText('The feed has no quotes yet.')).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(
      within(timeline).getByText('No sessions or developments in the feed yet.'),
    ).toBeInTheDocument()
    const markets = screen.getByRole('region', { name: 'Market reaction' })
    await advanceUntil(() =>
      expect(
        within(markets).getByText('The feed lists no market instruments.'),
      ).toBeInTheDocument(),
    )
    // Said once, in the markets' one line (no band keeps empty room over it), and the briefing
    // says it where the moves would be: not an empty label.
    expect(screen.getAllByText('The feed lists no market instruments.')).toHaveLength(1)
    expect(screen.queryByText('No market snapshot (see the markets panel).')).toBeNull()
    const briefing = screen.getByRole('region', { name: /briefing/i })
    expect(within(briefing).getByText('no instruments in the feed')).toBeInTheDocument()
  })

  it('a feed clock ten minutes ahead: "updated" is never negative', async () => {
    await renderScenario('clock-ahead')
    expect(screen.queryByText(/-\d/)).not.toBeInTheDocument()
  })

  it('the never-answering request is aborted at the timeout and retried', async () => {
    server.use(...scenarioHandlers('hang'))
    const startedAt: number[] = []
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/quotes.json')) startedAt.push(Date.now())
    })
    renderWithFeed(<DashboardPage />, { now: articleMoment, queryClient: createQueryClient(30) })
    await advanceUntil(() => expect(startedAt).toHaveLength(1), { step: 0 })
    // Aborted at 15 s, tried again after the first backoff (1 s).
    await advance(15_000 + 1_000 - 1)
    expect(startedAt).toHaveLength(1)
    await advanceUntil(() => expect(startedAt).toHaveLength(2), { step: 1, pause: 5 })
    expect(startedAt[1]! - startedAt[0]!).toBeLessThan(15_000 + 1_000 + 50)
  })
})
