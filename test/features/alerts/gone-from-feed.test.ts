import { describe, expect, it } from 'vitest'
import type { AlertRule } from '../../../src/features/alerts/alert-rules'
import {
  goneFromFeed,
  listedIds,
  type FeedListing,
} from '../../../src/features/alerts/gone-from-feed'

// Test data: made-up ids. The feed lists the instrument "kept", the session "day-1", the
// development "d1"; its quotes have not loaded.
const listing: FeedListing = {
  instruments: new Set(['kept']),
  sessions: new Set(['day-1']),
  developments: new Set(['d1']),
  quotes: null,
}
const move = (
  instrumentId: string,
  since: { kind: 'session' | 'development' | 'quote'; id: string },
) => ({ kind: 'move', id: 'm', muted: false, instrumentId, percent: 1, since }) satisfies AlertRule

describe('listedIds', () => {
  const problem = (path: string) => ({ resource: 'markets.json', path, message: 'bad' })

  it('gives the ids of a list read in whole', () => {
    const ids = listedIds({ instruments: [{ id: 'a' }], problems: [] }, 'instruments')
    expect(ids?.has('a')).toBe(true)
    expect(ids?.has('b')).toBe(false)
  })

  it('is made once per document, whoever asks; a new answer has its own', () => {
    const answer = { quotes: [{ id: 'q1' }, { id: 'q2' }], problems: [] }
    const ids = listedIds(answer, 'quotes')
    expect(listedIds(answer, 'quotes')).toBe(ids)
    const next = { quotes: [{ id: 'q1' }], problems: [] }
    expect(listedIds(next, 'quotes')?.has('q2')).toBe(false)
    expect(ids?.has('q2')).toBe(true)
  })

  it('gives none while the list is not in, has records not read, or is cut in replay', () => {
    expect(listedIds(undefined, 'instruments')).toBeNull()
    const unreadable = { instruments: [{ id: 'a' }], problems: [problem('$.instruments[1].kind')] }
    expect(listedIds(unreadable, 'instruments')).toBeNull()
    expect(listedIds({ instruments: [{ id: 'a' }], problems: [] }, 'instruments', false)).toBeNull()
  })
})

describe('goneFromFeed', () => {
  it('is true of a rule on an instrument, session or event its list, in whole, no longer holds', () => {
    expect(
      goneFromFeed(
        {
          kind: 'level',
          id: 'l',
          muted: false,
          instrumentId: 'gone',
          direction: 'above',
          level: 1,
        },
        listing,
      ),
    ).toBe(true)
    expect(
      goneFromFeed(
        { kind: 'session', id: 's', muted: false, sessionId: 'day-9', edge: 'start' },
        listing,
      ),
    ).toBe(true)
    expect(goneFromFeed(move('kept', { kind: 'development', id: 'd9' }), listing)).toBe(true)
    expect(goneFromFeed(move('gone', { kind: 'session', id: 'day-1' }), listing)).toBe(true)
  })

  it('is false of what is listed, of any session, and of a list not in', () => {
    expect(goneFromFeed(move('kept', { kind: 'development', id: 'd1' }), listing)).toBe(false)
    expect(
      goneFromFeed(
        { kind: 'session', id: 's', muted: false, sessionId: null, edge: 'both' },
        listing,
      ),
    ).toBe(false)
    expect(goneFromFeed(move('kept', { kind: 'quote', id: 'q9' }), listing)).toBe(false)
    expect(goneFromFeed({ kind: 'followed', id: 'f', muted: false }, listing)).toBe(false)
  })
})
