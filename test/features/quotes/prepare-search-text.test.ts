import { afterEach, describe, expect, it, vi } from 'vitest'
import index from '../../../mocks/fixtures/index.json'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import { feedIndexSchema } from '../../../src/feed/schemas/index'
import { quoteSchema } from '../../../src/feed/schemas/quotes'
import { prepareSearchTextWhenIdle } from '../../../src/features/quotes/prepare-search-text'
import { buildQuoteRows } from '../../../src/features/quotes/build-quote-rows'
import { filterRows, noFilters } from '../../../src/features/quotes/quote-rows'

const feedIndex = feedIndexSchema.parse(index)
const quotes = quotesDoc.quotes.map((q) => quoteSchema.parse(q))

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('search text made after the first render', () => {
  it('a search before the page was idle still finds every match (made on demand)', () => {
    const rows = buildQuoteRows(quotes, feedIndex)
    expect(rows.every((row) => row.searchText === undefined)).toBe(true)
    const found = filterRows(rows, { ...noFilters, query: 'CHINA’S' })
    expect(found.map((row) => row.quote.id)).toContain('trump-china-not-easy')
    // By speaker and setting as well as by text.
    expect(filterRows(rows, { ...noFilters, query: 'bessent' }).length).toBeGreaterThan(0)
  })

  it('is made for every row while the page is idle, and not once cancelled', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const rows = buildQuoteRows(quotes, feedIndex)
    prepareSearchTextWhenIdle(rows)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(rows.every((row) => typeof row.searchText === 'string')).toBe(true)

    const others = buildQuoteRows(quotes, feedIndex)
    prepareSearchTextWhenIdle(others)()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(others.every((row) => row.searchText === undefined)).toBe(true)
  })

  it('without idle callbacks, works in slices of the page’s time, not all at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    // A clock that moves 1 ms each time it is read: a slice ends after a few reads.
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1))
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      ...quotes[i % quotes.length]!,
      id: `q-${i}`,
    }))
    const rows = buildQuoteRows(many, feedIndex)
    prepareSearchTextWhenIdle(rows)
    await vi.advanceTimersByTimeAsync(50)
    const afterOne = rows.filter((row) => row.searchText !== undefined).length
    expect(afterOne).toBeGreaterThan(0)
    expect(afterOne).toBeLessThan(rows.length)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(rows.every((row) => typeof row.searchText === 'string')).toBe(true)
  })
})
