import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import index from '../../../mocks/fixtures/index.json'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { feedIndexSchema } from '../../../src/feed/schemas/index'
import { quoteSchema } from '../../../src/feed/schemas/quotes'
import { sessionSchema } from '../../../src/feed/schemas/sessions'
import { buildQuoteRows } from '../../../src/features/quotes/build-quote-rows'
import {
  filterRows,
  filterRowsIncremental,
  noFilters,
  sortRows,
} from '../../../src/features/quotes/quote-rows'
import { formatCitation } from '../../../src/features/quotes/quote-citation'
import {
  quotedPeople,
  silentLeads,
  unquotedLeads,
} from '../../../src/features/quotes/silent-leads-of'

const feedIndex = feedIndexSchema.parse(index)
const quotes = quotesDoc.quotes.map((q) => quoteSchema.parse(q))
const sessions = sessionsDoc.sessions.map((s) => sessionSchema.parse(s))
const rows = buildQuoteRows(quotes, feedIndex)
const byId = (id: string) => {
  const row = rows.find((r) => r.quote.id === id)
  if (!row) throw new Error(`no quote ${id}`)
  return row
}

describe('formatCitation', () => {
  it('gives the chat-ready line with the date in the display zone and the place', () => {
    expect(formatCitation(byId('trump-china-not-easy'), 'America/New_York')).toBe(
      '“China’s not easy.” — Donald Trump, US President, 9 Jun 2025, White House',
    )
    // Said at 20:00 in Washington: already 10 Jun in London.
    expect(formatCitation(byId('trump-china-not-easy'), 'Europe/London')).toBe(
      '“China’s not easy.” — Donald Trump, US President, 10 Jun 2025, White House',
    )
  })

  it('falls back to the setting when the feed gives no place, and names organisations by their parent', () => {
    expect(formatCitation(byId('hassett-high-end-nvidia'), 'Europe/London')).toBe(
      '“The very, very high-end Nvidia stuff is not what I’m talking about” — Kevin Hassett, Head of the National Economic Council, 9 Jun 2025, to CNBC',
    )
    expect(formatCitation(byId('yuyuantantian-revoke'), 'Asia/Shanghai')).toBe(
      '“revoke negative measures” — Yuyuantantian, CCTV, 10 Jun 2025, a CCTV Yuyuantantian commentary',
    )
    expect(formatCitation(byId('mofcom-case-by-case'), 'Asia/Shanghai')).toBe(
      '“compliant, case-by-case process” — Ministry of Commerce of China, 9 Jun 2025, a Ministry of Commerce statement',
    )
  })
})

describe('filterRows', () => {
  it('needs every search term, in text, speaker or setting, ignoring case and accents', () => {
    const ids = (query: string) => filterRows(rows, { ...noFilters, query }).map((r) => r.quote.id)
    expect(ids('RARE éarth')).toEqual(['xing-calibrated-tool'])
    expect(ids('morgan')).toEqual(['xing-calibrated-tool'])
    expect(ids("china's easy")).toEqual(['trump-china-not-easy'])
    expect(ids('white house cautious')).toEqual([])
  })

  it('finds a quote pasted with its quotation marks', () => {
    const ids = (query: string) => filterRows(rows, { ...noFilters, query }).map((r) => r.quote.id)
    expect(ids('“China’s not easy.”')).toEqual(['trump-china-not-easy'])
    expect(ids('"China\'s not easy"')).toEqual(['trump-china-not-easy'])
    expect(ids('« China’s not easy »')).toEqual(['trump-china-not-easy'])
  })

  it('combines side, tone, topic, session and time range', () => {
    const count = (filters: Partial<typeof noFilters>) =>
      filterRows(rows, { ...noFilters, ...filters }).length
    expect(count({ side: 'cn' })).toBe(3)
    expect(count({ side: 'us', tone: 'upbeat' })).toBe(2)
    expect(count({ topic: 'rare-earths' })).toBe(3)
    expect(count({ session: 'london-day-1' })).toBe(7)
    expect(count({ from: Date.parse('2025-06-10T00:00:00Z') })).toBe(5)
    expect(count({ to: Date.parse('2025-06-09T08:00:00Z') })).toBe(2)
  })
})

describe('filterRowsIncremental', () => {
  it('gives the same rows as a full filter while the search grows, shrinks and the filters change', () => {
    const sorted = sortRows(rows, 'newest')
    const steps = [
      { query: 'c' },
      { query: 'ch' },
      { query: 'chi' },
      { query: 'china' },
      { query: 'china ' },
      { query: 'china e' },
      { query: 'china' },
      { query: 'c', side: 'cn' },
      { query: 'ca', side: 'cn' },
      { query: 'ca', side: null },
      { query: '' },
    ]
    for (const step of steps) {
      const filters = { ...noFilters, ...step }
      expect(filterRowsIncremental(sorted, filters).map((r) => r.quote.id)).toEqual(
        filterRows(sorted, filters).map((r) => r.quote.id),
      )
    }
  })
})

describe('sortRows', () => {
  it('orders newest or oldest first and keeps feed order on ties', () => {
    expect(
      sortRows(rows, 'newest')
        .slice(0, 3)
        .map((r) => r.quote.id),
    ).toEqual(['trump-good-reports', 'trump-good-start', 'trump-china-not-easy'])
    expect(sortRows(rows, 'oldest')[0]?.quote.id).toBe('xing-calibrated-tool')
  })

  it('gives a stable sort’s order for any feed: in time order, against it, with ties or mixed', () => {
    const row = rows[0]!
    const feed = fc
      .array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 })
      .chain((times) =>
        fc.constantFrom(
          times,
          [...times].sort((a, b) => a - b),
          [...times].sort((a, b) => b - a),
          [...new Set(times)].sort((a, b) => a - b),
          [...new Set(times)].sort((a, b) => b - a),
        ),
      )
      .map((times) =>
        times.map((time, i) => ({ ...row, time, quote: { ...row.quote, id: `t${i}` } })),
      )
    fc.assert(
      fc.property(
        feed,
        fc.constantFrom('newest' as const, 'oldest' as const),
        (feedRows, order) => {
          const sign = order === 'newest' ? -1 : 1
          const stable = feedRows
            .map((r, i) => ({ r, i }))
            .sort((a, b) => sign * (a.r.time - b.r.time) || a.i - b.i)
            .map(({ r }) => r.quote.id)
          expect(sortRows(feedRows, order).map((r) => r.quote.id)).toEqual(stable)
        },
      ),
    )
  })
})

describe('silentLeads', () => {
  const unquoted = unquotedLeads(sessions, quotedPeople(quotes), feedIndex)

  it('lists delegation leads without a quote, once, with their sessions', () => {
    const leads = silentLeads(unquoted, noFilters)
    expect(leads.map((l) => [l.person.name, l.sessionTitles])).toEqual([
      ['He Lifeng', ['Day 1', 'Day 2']],
    ])
    expect(silentLeads(unquoted, { ...noFilters, side: 'us' })).toEqual([])
  })

  it('narrows to the filtered session and to a search on the name or role', () => {
    const day2 = sessions[1]
    if (!day2) throw new Error('no second session')
    const inDay2 = silentLeads(unquoted, { ...noFilters, session: day2.id })
    expect(inDay2.map((l) => [l.person.name, l.sessionTitles])).toEqual([['He Lifeng', ['Day 2']]])
    expect(silentLeads(unquoted, { ...noFilters, query: 'lifeng' })).toHaveLength(1)
    expect(silentLeads(unquoted, { ...noFilters, query: 'lutnick' })).toEqual([])
    expect(silentLeads(unquoted, { ...noFilters, session: 'no-such-session' })).toEqual([])
  })

  it('narrows to the filtered round: silent in no session of another round', () => {
    const round = sessions[0]?.roundId
    if (!round) throw new Error('no session')
    expect(silentLeads(unquoted, { ...noFilters, round }).map((l) => l.sessionTitles)).toEqual([
      ['Day 1', 'Day 2'],
    ])
    expect(silentLeads(unquoted, { ...noFilters, round: 'another-round' })).toEqual([])
  })
})
