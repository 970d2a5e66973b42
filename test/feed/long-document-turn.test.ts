import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { fetchFeedDocument } from '../../src/feed/api-client'
import { longDocumentTurn } from '../../src/feed/long-document-turn'

const base = 'http://localhost/demo-feed/'

/** A JSON document of about `kb` kilobytes. */
const longDocument = (kb: number) => ({ filler: 'x'.repeat(kb * 1024) })

/** Event-loop turns enough for an answer already in memory to be read to its end. */
async function turns(count = 50) {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('long documents read side by side', () => {
  it('get their turns in the order they asked', async () => {
    const order: string[] = []
    const first = await longDocumentTurn()
    const second = longDocumentTurn().then((release) => (order.push('second'), release))
    const third = longDocumentTurn().then((release) => (order.push('third'), release))
    await turns()
    expect(order).toEqual([])
    first()
    ;(await second)()
    ;(await third)()
    expect(order).toEqual(['second', 'third'])
  })

  it('a long answer is parsed and validated only once the one before is done; a short one does not wait', async () => {
    server.use(
      http.get('*/demo-feed/long.json', () => HttpResponse.json(longDocument(400))),
      http.get('*/demo-feed/short.json', () => HttpResponse.json({ short: true })),
    )
    const release = await longDocumentTurn()
    const read: string[] = []
    const long = fetchFeedDocument(base, 'long.json', undefined, () => read.push('long'))
    const short = fetchFeedDocument(base, 'short.json', undefined, () => read.push('short'))
    await short
    await turns()
    expect(read).toEqual(['short'])
    release()
    await long
    expect(read).toEqual(['short', 'long'])
  })

  it('a document that fails validation lets the next one go on', async () => {
    server.use(
      http.get('*/demo-feed/bad.json', () => HttpResponse.json(longDocument(300))),
      http.get('*/demo-feed/next.json', () => HttpResponse.json(longDocument(300))),
    )
    const bad = fetchFeedDocument(base, 'bad.json', undefined, () => {
      throw new Error('does not match the feed format')
    })
    const next = fetchFeedDocument(base, 'next.json', undefined, () => 'read')
    await expect(bad).rejects.toThrow('does not match the feed format')
    await expect(next).resolves.toBe('read')
  })
})
