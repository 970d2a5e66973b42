import { describe, expect, it } from 'vitest'
import type { AlertRule } from '../../../src/features/alerts/alert-rules'
import type { FeedListing } from '../../../src/features/alerts/gone-from-feed'
import { goneNews, type ListedRules } from '../../../src/features/alerts/gone-news'

// Test data: made-up ids. A level alert on "idx", a move on "idx" since the development "d1".
const level = {
  kind: 'level',
  id: 'a1',
  muted: false,
  instrumentId: 'idx',
  direction: 'above',
  level: 1,
} satisfies AlertRule
const move = {
  kind: 'move',
  id: 'a2',
  muted: false,
  instrumentId: 'idx',
  percent: 1,
  since: { kind: 'development', id: 'd1' },
} satisfies AlertRule
const listing = (instruments: string[] | null, developments: string[] | null): FeedListing => ({
  instruments: instruments && new Set(instruments),
  sessions: new Set(),
  developments: developments && new Set(developments),
  quotes: null,
})
const words = (rule: AlertRule) => `rule ${rule.id}`
const none: ListedRules = new Map()

describe('goneNews', () => {
  it('tells of a rule whose item the feed listed before and lists no more, in its words from then', () => {
    const before = goneNews([level, move], listing(['idx'], ['d1']), none, words)
    expect(before.notices).toEqual([])
    const after = goneNews([level, move], listing(['idx'], []), before.listed, words)
    expect(after.notices.map((n) => n.title)).toEqual(['Alert will not fire: rule a2'])
  })

  it('tells nothing of a rule first seen gone, nor of a muted one', () => {
    expect(goneNews([level], listing([], []), none, words).notices).toEqual([])
    const listed = goneNews([level], listing(['idx'], []), none, words).listed
    expect(goneNews([{ ...level, muted: true }], listing([], []), listed, words).notices).toEqual(
      [],
    )
  })

  it('keeps what was known while a list is not in whole', () => {
    const first = goneNews([move], listing(['idx'], ['d1']), none, words)
    const unknown = goneNews([move], listing(['idx'], null), first.listed, words)
    expect(unknown.notices).toEqual([])
    expect(goneNews([move], listing(['idx'], []), unknown.listed, words).notices).toHaveLength(1)
  })
})
