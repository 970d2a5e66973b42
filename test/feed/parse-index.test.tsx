import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import index from '../../mocks/fixtures/index.json'
import { server } from '../../mocks/node'
import { getFeedIndex } from '../../src/feed/feed-resources'
import { parseFeedIndex } from '../../src/feed/parse-index'
import { QuoteWall } from '../../src/features/quotes/quote-wall'
import { renderWithFeed } from '../render'

const base = 'http://localhost/demo-feed/'

/** index.json with a second record under an id already used, in each of its lists. */
function withImpostors() {
  const copy = structuredClone(index)
  copy.people.push({ ...copy.people[0]!, name: 'IMPOSTOR Trump' })
  copy.parties.push({ ...copy.parties[0]!, name: 'Impostor party' })
  copy.topics.push({ ...copy.topics[0]!, label: 'Impostor topic' })
  copy.rounds.push({ ...copy.rounds[0]!, name: 'Impostor round' })
  copy.sources.push({ ...copy.sources[0]!, name: 'Impostor source' })
  return copy
}

/** index.json with a round whose time zone is misspelt and a person without a role. */
function withBrokenRecords() {
  const copy = structuredClone(index) as Record<string, unknown> & typeof index
  copy.rounds.push({ ...copy.rounds[0]!, id: 'geneva-2025-05', timeZone: 'Europe/Genva' })
  const roleless: Partial<(typeof copy.people)[number]> = { ...copy.people[0]!, id: 'no-role' }
  delete roleless.role
  ;(copy.people as unknown[]).push(roleless)
  return copy
}

afterEach(() => vi.restoreAllMocks())

describe('records of index.json that do not match the format', () => {
  it('are dropped and named, and the rest of the document stands', () => {
    const { data, problems } = parseFeedIndex('index.json', withBrokenRecords())
    expect(data?.rounds.map((r) => r.id)).toEqual(index.rounds.map((r) => r.id))
    expect(data?.people.map((p) => p.id)).toEqual(index.people.map((p) => p.id))
    expect(data?.title).toBe(index.title)
    expect(problems.map((p) => p.path)).toEqual([
      `$.rounds[${index.rounds.length}].timeZone`,
      `$.people[${index.people.length}].role`,
    ])
  })

  it('fail the whole document only through a field of its own', () => {
    const untitled: Partial<ReturnType<typeof withBrokenRecords>> = withBrokenRecords()
    delete untitled.title
    expect(parseFeedIndex('index.json', untitled).data).toBeNull()
    expect(parseFeedIndex('index.json', []).data).toBeNull()
  })

  it('leave the quote wall standing, its speakers named', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
    server.use(http.get('*/demo-feed/index.json', () => HttpResponse.json(withBrokenRecords())))
    window.history.replaceState(null, '', '/?tz=Europe/London')
    renderWithFeed(<QuoteWall />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const wall = await screen.findByRole('region', { name: 'Quote wall' })
    expect((await within(wall).findAllByText('Donald Trump')).length).toBeGreaterThan(0)
    expect(within(wall).queryByText(/does not match the feed format/)).toBeNull()
  })
})

describe('duplicate ids in index.json', () => {
  it('are dropped in every list, the first record standing, and each is named', () => {
    const { data, problems } = parseFeedIndex('index.json', withImpostors())
    if (!data) throw new Error('index.json read as invalid')
    expect(data.people.find((p) => p.id === 'donald-trump')?.name).toBe('Donald Trump')
    expect(
      [data.people, data.parties, data.topics, data.rounds, data.sources].map(
        (list) => list.length,
      ),
    ).toEqual(
      [index.people, index.parties, index.topics, index.rounds, index.sources].map(
        (list) => list.length,
      ),
    )
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      `$.sources[${index.sources.length}].id: duplicate id "seed-article" (first at $.sources[0]); this record is not shown`,
      `$.rounds[1].id: duplicate id "london-2025-06" (first at $.rounds[0]); this record is not shown`,
      `$.parties[3].id: duplicate id "us" (first at $.parties[0]); this record is not shown`,
      `$.people[${index.people.length}].id: duplicate id "donald-trump" (first at $.people[0]); this record is not shown`,
      `$.topics[${index.topics.length}].id: duplicate id "rare-earths" (first at $.topics[0]); this record is not shown`,
    ])
  })

  it('never put an impostor on the quote wall: the real speaker stays on all his quotes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(10_000)
    server.use(http.get('*/demo-feed/index.json', () => HttpResponse.json(withImpostors())))
    const fetched = await getFeedIndex(base)
    expect(fetched.problems).toHaveLength(5)
    window.history.replaceState(null, '', '/?tz=Europe/London')
    renderWithFeed(<QuoteWall />, { now: Date.parse('2025-06-10T09:15:00+01:00') })
    const wall = await screen.findByRole('region', { name: 'Quote wall' })
    expect((await within(wall).findAllByText('Donald Trump')).length).toBeGreaterThan(0)
    expect(within(wall).queryByText(/IMPOSTOR/)).toBeNull()
  })
})
