import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCollection, parseCollectionInSlices } from '../../src/feed/parse'
import { collectionResources } from '../../src/feed/schemas/documents'

// The demo's quotes, repeated with new ids to a long document, one record broken and one repeated.
const demo = JSON.parse(readFileSync('mocks/fixtures/quotes.json', 'utf8')) as {
  quotes: { id: string }[]
}
const quotes: unknown[] = Array.from({ length: 3000 }, (_, i) => ({
  ...demo.quotes[i % demo.quotes.length]!,
  id: `q${i}`,
}))
quotes[17] = { ...(quotes[17] as object), saidAt: 'yesterday' }
quotes[18] = quotes[3]
const document = { quotes }
const { path, lists } = collectionResources.quotes

/** Whether the page got a turn (a message posted before the call was handled) before `work` ended. */
async function pageGotATurn(work: () => Promise<unknown>): Promise<boolean> {
  let done = false
  const turn = new Promise<boolean>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve(!done)
    }
    channel.port2.postMessage(null)
  })
  await work()
  done = true
  return turn
}

describe('validating a long collection in slices (issue 15: no long task)', () => {
  it('keeps and drops the same records as validating it at once', async () => {
    const sliced = await parseCollectionInSlices(path, lists, document, { sliceMs: 0 })
    const whole = parseCollection(path, lists, document)
    expect(sliced).toEqual(whole)
    expect(sliced.data?.quotes).toHaveLength(2998)
    expect(sliced.problems.map((p) => p.path)).toEqual(['$.quotes[17].saidAt', '$.quotes[18].id'])
  })

  it('gives the page a turn once a slice has run its time, and none for a short one', async () => {
    expect(
      await pageGotATurn(() => parseCollectionInSlices(path, lists, document, { sliceMs: 0 })),
    ).toBe(true)
    expect(
      await pageGotATurn(() =>
        parseCollectionInSlices(path, lists, document, { sliceMs: Infinity }),
      ),
    ).toBe(false)
  })

  it('stops when the request is aborted', async () => {
    const controller = new AbortController()
    const parsing = parseCollectionInSlices(path, lists, document, {
      signal: controller.signal,
      sliceMs: 0,
    })
    controller.abort()
    await expect(parsing).rejects.toThrow()
  })
})
