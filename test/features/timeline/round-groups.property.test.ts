// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { roundSpans } from '../../../src/feed/round-spans'
import { documentSchemas } from '../../../src/feed/schemas/documents'
import { groupByRound } from '../../../src/features/timeline/round-groups'
import { sortedEntries, unsortedEntries } from '../../../src/features/timeline/timeline-model'
import { threeRoundsFeed } from '../../feed/three-rounds-feed'

const feed = threeRoundsFeed()
const index = documentSchemas.index.parse(feed['index.json'])
const { sessions } = documentSchemas.sessions.parse(feed['sessions.json'])
const { quotes } = documentSchemas.quotes.parse(feed['quotes.json'])
const { developments } = documentSchemas.developments.parse(feed['developments.json'])
// Test data: a quote of a round the index does not list (under a head of its own).
const withOrphan = [...quotes, { ...quotes[0]!, id: 'test-orphan', roundId: 'test-unlisted' }]
const roundIds = index.rounds.map((round) => round.id)
const from = Date.parse('2025-04-01T00:00:00Z')
const to = Date.parse('2025-09-01T00:00:00Z')

describe('rounds grouped from entries in any order', () => {
  it('come out as from the entries in time order: heads, open rounds, now line and all', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: from, max: to }),
        fc.subarray(roundIds),
        fc.constantFrom('oldest' as const, 'newest' as const),
        fc.boolean(),
        fc.nat({ max: 6 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (now, opened, order, sessionsFailed, shown, random) => {
          // With the sessions failed, no round's dates are known: the now line goes by the entries.
          const spans = roundSpans(index.rounds, sessionsFailed ? [] : sessions)
          const inOrder = sortedEntries(sessions, developments, withOrphan, now)
          const shuffled = unsortedEntries(sessions, developments, withOrphan, now)
            .map((entry) => ({ entry, r: random.next().value }))
            .sort((a, b) => a.r - b.r)
            .map(({ entry }) => entry)
          const options = {
            isOpen: (id: string, current: boolean) => current || opened.includes(id),
            order,
            shownIn: () => shown + 1,
          }
          expect(groupByRound(shuffled, spans, now, options)).toEqual(
            groupByRound(inOrder, spans, now, options),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})
