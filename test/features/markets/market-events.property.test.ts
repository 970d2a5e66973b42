// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import quotesDoc from '../../../mocks/fixtures/quotes.json'
import sessionsDoc from '../../../mocks/fixtures/sessions.json'
import { collectEvents } from '../../../src/features/markets/market-events'
import { isolate } from '../../../src/lib/bidi-isolate'
import type { Quote, Session } from '../../../src/feed/schemas/types'

const template = quotesDoc.quotes[0] as Quote
const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/)

describe('market events in time order', () => {
  it('puts events at the same moment in the alphabetical order of their ids', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id, minute: fc.nat({ max: 3 }) }), {
          selector: (q) => q.id,
          maxLength: 30,
        }),
        (picked) => {
          const quotes = picked.map(({ id, minute }) => ({
            ...template,
            id,
            saidAt: `2025-06-10T10:0${minute}:00Z`,
          }))
          const order = collectEvents([], [], quotes).map((e) => e.id)
          const expected = [...picked]
            .sort((a, b) => a.minute - b.minute || a.id.localeCompare(b.id))
            .map((q) => q.id)
          expect(order).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('market event labels', () => {
  it('cut a long right-to-left quote inside its isolate, so the label after it keeps its order', () => {
    const text = isolate('مصادر: الاتحاد الأوروبي يعرض حصة معفاة من الرسوم على البتروكيماويات')
    const [event] = collectEvents([], [], [{ ...template, text }])
    expect(event!.label).toMatch(/: “\u2068[^\u2069]+…\u2069”$/)
    expect(event!.label.length).toBeLessThan(text.length + 20)
  })
})

describe('session events', () => {
  it('draw no span for an end the feed gives before the start', () => {
    const day1 = sessionsDoc.sessions[0] as Session
    const [event] = collectEvents([{ ...day1, end: '2025-06-09T12:00:00+01:00' }], [], [])
    expect(event!.end).toBe(event!.at)
    const [valid] = collectEvents([day1], [], [])
    expect(valid!.end! - valid!.at).toBe(6 * 3_600_000)
  })

  it('in replay, hold back the summary of a session not over yet, which the feed wrote later', () => {
    const day1 = sessionsDoc.sessions[0] as Session
    const underWay = { ...day1, status: 'in-session' as const, end: null }
    const [held] = collectEvents([underWay], [], [], [], [], true)
    expect(held!.detail).toBe('Day 1: summary held back until the session is over')
    const [over] = collectEvents([day1], [], [], [], [], true)
    expect(over!.detail).toMatch(/good and fruitful/)
    const [live] = collectEvents([underWay], [], [])
    expect(live!.detail).toMatch(/good and fruitful/)
  })
})
