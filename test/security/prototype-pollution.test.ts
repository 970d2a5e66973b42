// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseCollection, parseDocument } from '../../src/feed/parse'
import { collectionResources } from '../../src/feed/schemas/documents'
import { feedIndexSchema } from '../../src/feed/schemas/index'
import quotesFixture from '../../mocks/fixtures/quotes.json'
import indexFixture from '../../mocks/fixtures/index.json'

describe('prototype pollution from the feed', () => {
  it('a __proto__ or constructor key in a record or the document changes no prototype', () => {
    const hostile = `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},
      "quotes": [${JSON.stringify(quotesFixture.quotes[0]).replace(/^\{/, '{"__proto__": {"isAdmin": true}, ')}]}`
    const result = parseCollection(
      'quotes.json',
      collectionResources.quotes.lists,
      JSON.parse(hostile),
    )
    expect(result.data?.quotes).toHaveLength(1)
    const quote = result.data!.quotes[0]!
    expect(Object.getPrototypeOf(quote)).toBe(Object.prototype)
    expect((quote as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('an index with __proto__ people entries parses without touching Object.prototype', () => {
    const raw = JSON.parse(
      JSON.stringify(indexFixture)
        .replace('"people":[', '"people":[{"__proto__":{"polluted":1},')
        .replace(
          '{"__proto__":{"polluted":1},',
          '{"__proto__":{"polluted":1},"id":"x","name":"X","kind":"person","role":"r","organisation":"o","partyId":"us"},',
        ),
    )
    const result = parseDocument('index.json', feedIndexSchema, raw)
    expect(result.data).not.toBeNull()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
