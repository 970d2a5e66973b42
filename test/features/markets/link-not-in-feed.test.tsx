import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse, type HttpHandler } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MarketsPanel } from '../../../src/features/markets/markets-panel'
import { marketsQueries } from '../../../src/feed/queries'
import { server } from '../../../mocks/node'
import marketsFixture from '../../../mocks/fixtures/markets.json'
import { renderWithFeed } from '../../render'
import { visit } from '../../page'
import { serveFeed, threeRoundsFeed } from '../../feed/three-rounds-feed'

// A trader opens a colleague's link on a desk feed that has not what the link names (a round of
// another feed, instruments it does not carry): the panel shows its default and says so, once the
// documents that decide it are read; never while they load or after they failed.

const now = Date.parse('2025-07-30T12:00:00Z')

/**
 * The three-round test feed (fictional) with the demo's instruments, `changes` to it, and
 * `handlers` before it.
 */
function openLink(
  query: string,
  changes: Record<string, unknown> = {},
  handlers: HttpHandler[] = [],
) {
  server.use(...serveFeed({ ...threeRoundsFeed(), 'markets.json': marketsFixture, ...changes }))
  server.use(...handlers)
  visit(`/?tz=UTC&${query}`)
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  return renderWithFeed(<MarketsPanel />, { now })
}

afterEach(() => vi.restoreAllMocks())

const note = () =>
  within(screen.getByRole('region', { name: 'Market reaction' }))
    .queryAllByRole('status')
    .find((el) => /This link’s/.test(el.textContent ?? ''))

/** The window the select shows (the option a reader sees in it). */
async function windowShown() {
  const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: /Time window/ })
  return select.selectedOptions[0]?.textContent
}

const pickerSummary = () => screen.getByText(/^Instruments: \d+ of \d+ shown$/)

describe('a link’s window that names a round the feed does not have', () => {
  it('says so, the select names the window shown, and the note goes once a window is chosen', async () => {
    openLink('window=round:geneva-2')
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(
      'This link’s window (round “geneva-2”) is not in this feed: showing the whole feed.',
    )
    expect(await windowShown()).toBe('The whole feed')
    fireEvent.change(screen.getByRole('combobox', { name: /Time window/ }), {
      target: { value: 'round:london-2025-06' },
    })
    expect(await windowShown()).toBe('London round')
    expect(note()).toBeUndefined()
  })

  it('in a feed of one round, the select names the round a link asks for, not its first choice', async () => {
    // The demo feed: one round.
    visit('/?tz=UTC&window=round:london-2025-06')
    renderWithFeed(<MarketsPanel />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(await windowShown()).toBe('London round')
    expect(note()).toBeUndefined()
  })

  it('says nothing of a round that is in the feed', async () => {
    openLink('window=round:london-2025-06&instruments=xyz')
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(await windowShown()).toBe('London round')
    expect(note()).toHaveTextContent(/^This link’s instrument “xyz” is not in this feed[^.]*\.$/)
  })

  it('comes with the charts when index.json arrives after the markets, not a moment later', async () => {
    let answer: () => void = () => {}
    const held = new Promise<void>((resolve) => (answer = resolve))
    const heldIndex = http.get('*/demo-feed/index.json', async () => {
      await held
      return HttpResponse.json(threeRoundsFeed()['index.json'] as object)
    })
    // Whether the note was there when the first card came.
    let withFirstCard: boolean | undefined
    const watch = new MutationObserver(() => {
      if (withFirstCard === undefined && document.querySelector('article'))
        withFirstCard = note() !== undefined
    })
    watch.observe(document.body, { childList: true, subtree: true })
    const { queryClient, runtime } = openLink('window=round:geneva-2', {}, [heldIndex])
    // The markets are read; the rounds are not: nothing said of the round yet.
    const markets = marketsQueries.list(runtime.feedBaseUrl)
    await waitFor(() => expect(queryClient.getQueryData(markets.queryKey)).toBeDefined())
    expect(screen.getByRole('status', { name: 'Loading the markets' })).toBeInTheDocument()
    expect(note()).toBeUndefined()
    answer()
    await screen.findByRole('article', { name: 'S&P 500' })
    watch.disconnect()
    expect(withFirstCard).toBe(true)
    expect(note()).toHaveTextContent(/round “geneva-2”\) is not in this feed/)
  })

  it('says nothing of the round while index.json failed, and says it once it is read', async () => {
    const { queryClient } = openLink('window=round:geneva-2', { 'index.json': undefined })
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toBeUndefined()
    const index = threeRoundsFeed()['index.json'] as object
    server.use(http.get('*/demo-feed/index.json', () => HttpResponse.json(index)))
    await act(() => queryClient.refetchQueries({ queryKey: ['feed'] }))
    await waitFor(() => expect(note()).toHaveTextContent(/round “geneva-2”\) is not in this feed/))
  })

  it('says the round may be among those that could not be read', async () => {
    const feed = threeRoundsFeed()
    const index = feed['index.json'] as { rounds: Record<string, unknown>[] }
    const rounds = [...index.rounds, { id: 'broken-round', name: 'Broken', timeZone: 'Mars/Base' }]
    openLink('window=round:geneva-2', { 'index.json': { ...index, rounds } })
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(
      'This link’s window (round “geneva-2”) is not among the rounds that could be read: showing the whole feed.',
    )
  })

  it('in a replay, says the round is not known at the moment replayed', async () => {
    openLink('asof=2025-06-20T12:00:00Z&window=round:stockholm-2025-07')
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(
      /^This link’s window \(round “stockholm-2025-07”\) is not among the rounds known at the moment replayed: showing /,
    )
  })
})

describe('a link’s instruments that the feed does not list', () => {
  it('none of them: says so, shows all, and the picker counts all as shown', async () => {
    openLink('instruments=xyz,abc')
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(
      'This link’s instruments “xyz”, “abc” are not in this feed: showing all instruments.',
    )
    await waitFor(() =>
      expect(screen.getAllByRole('article')).toHaveLength(marketsFixture.instruments.length),
    )
    expect(pickerSummary()).toHaveTextContent('Instruments: 6 of 6 shown')
  })

  it('some of them: names the missing, shows the others', async () => {
    openLink('instruments=spx,xyz,brent')
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(/^This link’s instrument “xyz” is not in this feed\.$/)
    await screen.findByRole('article', { name: 'Brent crude oil' })
    expect(screen.getAllByRole('article')).toHaveLength(2)
    expect(pickerSummary()).toHaveTextContent('Instruments: 2 of 6 shown')
  })

  it('many of them: names three and counts the rest, on one line', async () => {
    openLink('instruments=a1,a2,a3,a4,a5')
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(
      'This link’s instruments “a1”, “a2”, “a3” and 2 more are not in this feed: showing all instruments.',
    )
  })

  it('says they may be among the instruments that could not be read', async () => {
    const instruments = [...marketsFixture.instruments, { id: 'xyz', name: 'Unreadable' }]
    openLink('instruments=xyz', { 'markets.json': { instruments } })
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(
      'This link’s instrument “xyz” is not among the instruments that could be read: showing all instruments.',
    )
  })

  it('says nothing while markets.json failed, and says it once it is read', async () => {
    openLink('instruments=xyz', { 'markets.json': undefined })
    const retry = await screen.findByRole('button', { name: /Retry/ })
    expect(note()).toBeUndefined()
    server.use(http.get('*/demo-feed/markets.json', () => HttpResponse.json(marketsFixture)))
    fireEvent.click(retry)
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(/^This link’s instrument “xyz” is not in this feed/)
  })

  it('says nothing of instruments that are all in the feed', async () => {
    openLink('window=round:geneva-2&instruments=spx,brent')
    await screen.findByRole('article', { name: 'S&P 500' })
    expect(note()).toHaveTextContent(/^This link’s window \(round “geneva-2”\)[^.]*\.$/)
  })
})

it('says both in one note when neither the window nor the instruments are in the feed', async () => {
  openLink('window=round:geneva-2&instruments=xyz')
  await screen.findByRole('article', { name: 'S&P 500' })
  expect(note()).toHaveTextContent(
    'This link’s window (round “geneva-2”) is not in this feed: showing the whole feed. This link’s instrument “xyz” is not in this feed: showing all instruments.',
  )
})
