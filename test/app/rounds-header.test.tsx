import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { App } from '../../src/app/app'
import { testRuntime } from '../render'
import {
  serveFeed,
  stockholmDevelopments,
  threeRoundsFeed,
  threeRoundsSessionNames,
} from '../feed/three-rounds-feed'

// A feed on another server, as config.json or an allowed ?feed= would give it; the real clock.
const feedUrl = 'https://feed.example/talks/'

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
})
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
  return () => vi.restoreAllMocks()
})

function open(search = '', feed = threeRoundsFeed()) {
  window.history.replaceState(null, '', `/${search ? `?${search}&` : '?'}tz=Europe/London`)
  server.use(...serveFeed(feed, feedUrl))
  return render(<App runtime={testRuntime({ feedUrl })} />)
}

/** The page header (the panels' own headers are banners to jsdom too). */
const banner = () => screen.getByRole('heading', { level: 1 }).closest('header')!

describe('header: where the talks stand across rounds', () => {
  it('says the latest round concluded and that no next round is scheduled, with no countdown and no "in session"', async () => {
    open()
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    expect(
      await within(banner()).findByText(
        /Stockholm round concluded 29 Jul 2025; no next round scheduled/,
      ),
    ).toBeInTheDocument()
    expect(banner()).not.toHaveTextContent(/in session|starts in/)
  })

  it('shows the Demo badge for a feed that says "demo": true, and none for one that does not', async () => {
    const { unmount } = open('', threeRoundsFeed({ demo: true }))
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    expect(await within(banner()).findByText('Demo data')).toBeInTheDocument()
    unmount()
    open()
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    await within(banner()).findByText(/Stockholm round concluded/)
    expect(within(banner()).queryByText('Demo data')).not.toBeInTheDocument()
  })

  it('shows the Demo badge for a demo feed with the header off', async () => {
    open('view=quotes', threeRoundsFeed({ demo: true }))
    expect(await screen.findByText('Demo data')).toBeInTheDocument()
  })

  it('names as latest what has happened, not a development dated after now', async () => {
    const feed = threeRoundsFeed()
    const future = stockholmDevelopments(1, 0)
    future.developments[0]!.title = 'Test development dated after now (fictional)'
    future.developments[0]!.at = new Date(Date.now() + 3 * 3_600_000).toISOString()
    feed['developments.json'] = future
    open('', feed)
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    // The newest past item: the quote to CNBC (29 Jul 2025), not the development three hours ahead.
    const latest = await within(banner()).findByText(/A test remark to CNBC in New York/)
    // A year or more ago on the real clock: the date says its year.
    expect(latest.closest('p')).toHaveTextContent('Tue 29 Jul 2025, 13:00 BST')
    expect(banner()).not.toHaveTextContent('dated after now')
  })

  it('while the quotes are still coming, the latest line says they are loading, not unavailable', async () => {
    const hang = http.get(`${feedUrl}quotes.json`, async () => {
      await delay('infinite')
      return HttpResponse.json({ quotes: [] })
    })
    open()
    server.use(hang)
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    expect(await within(banner()).findByText(/quotes loading…/)).toBeInTheDocument()
    expect(banner()).not.toHaveTextContent('unavailable')
  })

  it('while the quotes fail, the latest line says so rather than naming a latest item', async () => {
    server.use(http.get(`${feedUrl}quotes.json`, () => new HttpResponse(null, { status: 500 })))
    open()
    server.use(http.get(`${feedUrl}quotes.json`, () => new HttpResponse(null, { status: 500 })))
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    expect(await within(banner()).findByText(/quotes unavailable/)).toBeInTheDocument()
    expect(within(banner()).getByText(/^Latest/)).toHaveTextContent(/^Latest/)
    expect(within(banner()).queryByText('Latest', { exact: true })).not.toBeInTheDocument()
  })

  it('offers the talks’ venues in the time-zone picker, and shows every time in the one chosen', async () => {
    const user = userEvent.setup()
    open('session=stockholm-day-2')
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    const picker = within(banner()).getByRole('combobox', { name: 'Times in' })
    await waitFor(() =>
      expect(picker.querySelector('optgroup[label="Where the talks are"]')).not.toBeNull(),
    )
    const venues = [...picker.querySelectorAll('optgroup[label="Where the talks are"] option')].map(
      (o) => o.textContent,
    )
    expect(venues).toEqual(expect.arrayContaining(['Geneva', 'Stockholm']))
    await user.selectOptions(picker, 'Europe/Stockholm')
    expect(new URLSearchParams(location.search).get('tz')).toBe('Europe/Stockholm')
    // Stockholm Day 2 began at 10:00 in Stockholm (09:00 in London).
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(await within(timeline).findAllByText(/Tue 29 Jul( 2025)?,? 10:00/)).not.toHaveLength(0)
  })

  it('names the selected session with its round in the Share dialog', async () => {
    const user = userEvent.setup()
    open('session=london-day-2')
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    await within(banner()).findByText(/Stockholm round concluded/)
    await user.click(screen.getByRole('button', { name: 'Share / embed' }))
    const dialog = screen.getByRole('dialog', { name: 'Share / embed' })
    expect(
      await within(dialog).findByRole('checkbox', {
        name: 'Keep the current selection (London, Day 2)',
      }),
    ).toBeInTheDocument()
  })
})

describe('quote wall: a feed of three rounds', () => {
  it('names sessions with their rounds in the session filter, and dates quotes older than a week', async () => {
    open('view=quotes')
    const wall = await screen.findByRole('region', { name: 'Quote wall' })
    const sessionFilter = await within(wall).findByRole('combobox', { name: 'Session' })
    const options = within(sessionFilter)
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual(['All sessions', ...threeRoundsSessionNames])
    const cnbc = await within(wall).findByText(/A test remark to CNBC in New York/)
    const item = cnbc.closest('li')!
    // Said at 08:00 in New York: its own place and local time, never Stockholm's; a date, not "487 d ago".
    expect(item).toHaveTextContent('29 Jul 2025, 13:00 BST · New York 08:00 EDT')
    expect(item).not.toHaveTextContent(/ago|Stockholm/)
  })

  it('says the filters match no quote, naming the session with its round', async () => {
    open('view=quotes&session=geneva-day-2')
    const wall = await screen.findByRole('region', { name: 'Quote wall' })
    expect(
      await within(wall).findByText('No quote matches session Geneva, Day 2.'),
    ).toBeInTheDocument()
  })
})

describe('quote wall: a person with no quotes', () => {
  it('says no quote matches them, by name, rather than showing a blank', async () => {
    open('view=quotes&person=cn-member')
    const wall = await screen.findByRole('region', { name: 'Quote wall' })
    expect(
      await within(wall).findByText('No quote matches speaker Chen Silent.'),
    ).toBeInTheDocument()
    expect(within(wall).getByText('0 of 3 quotes')).toBeInTheDocument()
  })
})

/** One fictional instrument, for the series note tests. */
const testIndex = {
  id: 'test-index',
  name: 'Test index',
  shortName: 'Test',
  kind: 'equity-index',
  unit: 'points',
  currency: null,
  last: 100,
  change: null,
  changePercent: null,
  asOf: '2025-07-29T16:00:00Z',
  asOfPrecision: 'exact',
  timeZone: 'America/New_York',
  tradingHours: [{ days: [1, 2, 3, 4, 5], open: '09:30', close: '16:00' }],
  sourceIds: ['test-source'],
}

describe('About this feed', () => {
  it('shows the feed’s notes, each series’ note and the sources', async () => {
    const user = userEvent.setup()
    const feed = threeRoundsFeed()
    feed['markets.json'] = { instruments: [testIndex] }
    server.use(
      http.get(`${feedUrl}series/test-index.json`, () =>
        HttpResponse.json({
          instrumentId: 'test-index',
          illustrative: true,
          basis: 'level',
          reference: { value: 99, at: '2025-07-28T20:00:00Z', label: 'Previous close' },
          note: 'A test path (fictional).',
          points: [{ t: '2025-07-29T15:59:00Z', v: 100 }],
        }),
      ),
    )
    open('', feed)
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    await user.click(within(banner()).getByRole('button', { name: 'About this feed' }))
    const dialog = screen.getByRole('dialog', { name: 'About this feed' })
    expect(
      await within(dialog).findByText('Fictional test feed: not real quotes.'),
    ).toBeInTheDocument()
    expect(await within(dialog).findByText(/A test path \(fictional\)\./)).toBeInTheDocument()
    expect(within(dialog).getByText('(illustrative)')).toBeInTheDocument()
    expect(within(dialog).getByText('Test source (fictional)')).toBeInTheDocument()
  })

  it('names the series with no note together, once, not "no note" on each line', async () => {
    const user = userEvent.setup()
    const feed = threeRoundsFeed()
    const names = ['Test index', 'Second test index', 'Third test index']
    const ids = ['test-index', 'test-two', 'test-three']
    feed['markets.json'] = {
      instruments: ids.map((id, i) => ({ ...testIndex, id, name: names[i] })),
    }
    server.use(
      http.get(`${feedUrl}series/:file`, ({ params }) => {
        const id = String(params.file).replace(/\.json$/, '')
        return HttpResponse.json({
          instrumentId: id,
          illustrative: false,
          basis: 'level',
          reference: { value: 99, at: '2025-07-28T20:00:00Z', label: 'Previous close' },
          ...(id === 'test-two' ? { note: 'Closes only (test data).' } : {}),
          points: [{ t: '2025-07-29T16:00:00Z', v: 100 }],
        })
      }),
    )
    open('', feed)
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    await user.click(within(banner()).getByRole('button', { name: 'About this feed' }))
    const dialog = screen.getByRole('dialog', { name: 'About this feed' })
    const list = within(dialog).getByRole('heading', { name: 'Market series' }).nextElementSibling!
    await waitFor(() =>
      expect(list).toHaveTextContent(
        'Second test index: Closes only (test data).No note: Test index, Third test index',
      ),
    )
    expect(within(dialog).queryByText('no note')).not.toBeInTheDocument()
  })

  it('says a series is unavailable when it fails, instead of saying it has no note', async () => {
    const user = userEvent.setup()
    const feed = threeRoundsFeed()
    feed['markets.json'] = { instruments: [testIndex] }
    // A 404 is not retried: the answer is final.
    server.use(
      http.get(`${feedUrl}series/test-index.json`, () => new HttpResponse(null, { status: 404 })),
    )
    open('', feed)
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    await user.click(within(banner()).getByRole('button', { name: 'About this feed' }))
    const dialog = screen.getByRole('dialog', { name: 'About this feed' })
    expect(await within(dialog).findByText(': series unavailable')).toBeInTheDocument()
    expect(within(dialog).queryByText('no note')).not.toBeInTheDocument()
  })
})

describe('replay: rounds and sessions whose announcement the feed does not date', () => {
  it('are not shown before they begin, and the page says so instead of "none scheduled"', async () => {
    open('asof=2025-05-20T12:00:00Z')
    await screen.findByRole('heading', { name: 'Test talks: three rounds' })
    expect(
      await within(banner()).findByText(
        'Geneva round concluded 11 May; later rounds not shown: the feed does not say when they were announced',
      ),
    ).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(
      await within(timeline).findByText(
        'No session running; later sessions not shown: the feed does not say when they were announced',
      ),
    ).toBeInTheDocument()
    expect(timeline).toHaveTextContent(/Geneva/)
    expect(timeline).not.toHaveTextContent(/London|Stockholm/)
    // Nor does the time-zone picker name the places of the rounds to come.
    const picker = within(banner()).getByRole('combobox', { name: 'Times in' })
    const venues = () =>
      [...picker.querySelectorAll('optgroup[label="Where the talks are"] option')].map(
        (o) => o.textContent,
      )
    await waitFor(() => expect(venues()).toEqual(['Geneva']))
    expect(document.body).not.toHaveTextContent(
      /no next round scheduled|No session running or scheduled/,
    )
  })
})
