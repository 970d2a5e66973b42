import { describe, expect, it } from 'vitest'
import { joinReply, recordsPerPart, replyMessages } from '../../src/feed/parse-reply'
import type { ApartAnswer } from '../../src/feed/read-answer-apart'

/** Test data: a collection answer as the worker reads it, `count` records long. */
function collection(count: number): ApartAnswer {
  const quotes = Array.from({ length: count }, (_, i) => ({ id: `test-${i}` }))
  const problems = [{ resource: 'quotes.json', path: '$.quotes[3]', message: 'test problem' }]
  return {
    kind: 'parsed',
    parsed: { data: { quotes, issues: [] }, problems },
    mayNeedIsolates: true,
  }
}

/** What the page makes of the messages, as parse-off-thread.ts reads them. */
function received(messages: ReturnType<typeof replyMessages>) {
  const parts = new Map<string, unknown[][]>()
  for (const message of messages) {
    if ('part' in message) {
      parts.set(message.part.list, [...(parts.get(message.part.list) ?? []), message.part.records])
      continue
    }
    if ('failed' in message) throw new Error(message.failed)
    return joinReply(message.answer, message.sentInParts, parts)
  }
  throw new Error('no last message')
}

describe('the worker’s answer sent back in parts', () => {
  it('a long list goes in parts of at most the part size, in order, and comes back whole', () => {
    const answer = collection(recordsPerPart * 2 + 7)
    const messages = replyMessages(1, answer)
    const parts = messages.filter((m) => 'part' in m)
    expect(parts).toHaveLength(3)
    for (const part of parts) expect(part.part.records.length).toBeLessThanOrEqual(recordsPerPart)
    // The last message holds none of the records again.
    expect(JSON.stringify(messages.at(-1)).length).toBeLessThan(500)
    expect(received(messages)).toEqual(answer)
  })

  it('a short answer, a series header and an unreadable answer go as one message', () => {
    for (const answer of [
      collection(recordsPerPart),
      { kind: 'parsed', parsed: { data: null, problems: [] }, mayNeedIsolates: false },
      { kind: 'not-json' },
    ] satisfies ApartAnswer[]) {
      const messages = replyMessages(2, answer)
      expect(messages).toHaveLength(1)
      expect(received(messages)).toEqual(answer)
    }
  })
})
