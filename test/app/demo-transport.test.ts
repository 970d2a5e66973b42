import { describe, expect, it } from 'vitest'
import { createDemoTransport } from '../../mocks/browser'
import { fixtureDocuments } from '../../mocks/handlers'

describe('the in-page demo feed', () => {
  const transport = createDemoTransport()

  it('answers the feed paths under any sub-path with the fixtures', async () => {
    const response = await transport(
      new Request('http://talks.intranet/a/b/c/demo-feed/quotes.json'),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(fixtureDocuments['quotes.json'])
    const series = await transport(new Request('http://talks.intranet/demo-feed/series/spx.json'))
    expect(await series.json()).toEqual(fixtureDocuments['series/spx.json'])
  })

  it('answers 404 for a path the demo feed does not have, like a static feed', async () => {
    expect(
      (await transport(new Request('http://talks.intranet/demo-feed/nothing.json'))).status,
    ).toBe(404)
    expect((await transport(new Request('http://talks.intranet/elsewhere.json'))).status).toBe(404)
  })
})
