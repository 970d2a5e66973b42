// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import developmentsDoc from '../../../mocks/fixtures/developments.json'
import issuesDoc from '../../../mocks/fixtures/issues.json'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { touchesOfIssues } from '../../../src/features/timeline/issue-touches'
import type { Development, OpenIssue, Quote, Session } from '../../../src/feed/schemas/types'

const topics = ['t-a', 't-b', 't-c', 't-d']
/** Test data: a time on 10 June 2025 (minute 0-59), several items sharing some. */
const at = (minute: number) => `2025-06-10T10:${String(minute).padStart(2, '0')}:00Z`
const tagged = fc.record({
  minute: fc.nat({ max: 59 }),
  // An item may name a topic twice: it still counts once.
  topicIds: fc.array(fc.constantFrom(...topics), { maxLength: 3 }),
})

/** What an issue's touches are, read off the lists one issue at a time. */
function expectedTouches(
  issue: OpenIssue,
  sessions: Session[],
  quotes: Quote[],
  developments: Development[],
  cap: number,
) {
  const on = (item: { topicIds: readonly string[] }) => item.topicIds.includes(issue.topicId)
  const byTime = <T>(items: T[], time: (item: T) => string) =>
    items
      .map((item, index) => ({ item, index, t: Date.parse(time(item)) }))
      .sort((a, b) => a.t - b.t || a.index - b.index)
      .map(({ item }) => item)
  const quotesOn = byTime(quotes.filter(on), (q) => q.saidAt)
  return {
    sessions: byTime(sessions.filter(on), (s) => s.start),
    quotes: cap === 0 ? [] : quotesOn.slice(-cap),
    quoteCount: quotesOn.length,
    developmentCount: developments.filter(on).length,
  }
}

describe('what touched each open issue', () => {
  it('is, for every issue, its topic’s sessions and latest quotes in time order and its developments counted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...topics), { minLength: 1, maxLength: 5 }),
        fc.array(tagged, { maxLength: 8 }),
        fc.array(tagged, { maxLength: 30 }),
        fc.array(tagged, { maxLength: 10 }),
        fc.nat({ max: 6 }),
        (issueTopics, sessionTags, quoteTags, developmentTags, cap) => {
          const issues = issueTopics.map((topicId, i) => ({
            ...(issuesDoc.issues[0] as OpenIssue),
            id: `issue-${i}`,
            topicId,
          }))
          const sessions = sessionTags.map(({ minute, topicIds }, i) => ({
            ...(sessionsDoc.sessions[0] as Session),
            id: `session-${i}`,
            start: at(minute),
            topicIds,
          }))
          const quotes = quoteTags.map(({ minute, topicIds }, i) => ({
            ...(quotesDoc.quotes[0] as Quote),
            id: `quote-${i}`,
            saidAt: at(minute),
            topicIds,
          }))
          const developments = developmentTags.map(({ minute, topicIds }, i) => ({
            ...(developmentsDoc.developments[0] as Development),
            id: `development-${i}`,
            at: at(minute),
            topicIds,
          }))
          const touches = touchesOfIssues(issues, sessions, quotes, developments, cap)
          expect([...touches.keys()]).toEqual(issues.map((issue) => issue.id))
          for (const issue of issues)
            expect(touches.get(issue.id)).toEqual(
              expectedTouches(issue, sessions, quotes, developments, cap),
            )
        },
      ),
      { numRuns: 300 },
    )
  })
})
