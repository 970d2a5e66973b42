// @vitest-environment node
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkFeed, crossCheck, instrumentIds } from '../../src/feed/cross-check'
import {
  documentPath,
  feedDocumentNames,
  type FeedDocumentName,
  type RawFeed,
} from '../../src/feed/raw-feed'
import { readFixture } from './demo-fixtures'
import { parseCollection, parseDocument } from '../../src/feed/parse'
import { parseSeries } from '../../src/feed/parse-series'
import { collectionResources, documentSchemas, seriesPath } from '../../src/feed/schemas/documents'
import { feedIndexSchema } from '../../src/feed/schemas/index'

const names = feedDocumentNames
const documents = Object.fromEntries(
  names.map((name) => [name, readFixture(documentPath(name))]),
) as Record<FeedDocumentName, unknown>
const ids = instrumentIds(documents.markets)
const feed: RawFeed = {
  documents,
  series: Object.fromEntries(ids.map((id) => [id, readFixture(seriesPath(id))])),
}

describe('demo fixtures', () => {
  it.each(names)('%s.json parses with its document schema', (name) => {
    const result = documentSchemas[name].safeParse(documents[name])
    expect(result.error?.issues ?? []).toEqual([])
  })

  it('index.json parses with the app parser', () => {
    expect(parseDocument('index.json', feedIndexSchema, documents.index).problems).toEqual([])
  })

  it.each(Object.entries(collectionResources))(
    '%s parses record by record with no record dropped',
    (name, resource) => {
      const raw = documents[name as FeedDocumentName]
      const parsed = parseCollection(resource.path, resource.lists, raw)
      expect(parsed.problems).toEqual([])
      for (const list of Object.keys(resource.lists)) {
        expect((parsed.data as Record<string, unknown[]>)[list]).toHaveLength(
          (raw as Record<string, unknown[]>)[list]?.length ?? -1,
        )
      }
    },
  )

  it('has a series file for every instrument and no other', () => {
    expect(ids).toEqual(['spx', 'ixic', 'hstech', 'csi300', 'brent', 'dxy'])
    const files = readdirSync(new URL('../../mocks/fixtures/series/', import.meta.url))
      .filter((file) => file.endsWith('.json'))
      .sort()
    expect(files).toEqual(ids.map((id) => `${id}.json`).sort())
  })

  it.each(ids)('series/%s.json parses with the series schema and the app parser', (id) => {
    expect(documentSchemas.series.safeParse(feed.series[id]).error?.issues ?? []).toEqual([])
    expect(parseSeries(seriesPath(id), feed.series[id]).problems).toEqual([])
  })

  it('cross-references are all resolved', () => {
    expect(crossCheck(feed)).toEqual([])
    expect(checkFeed(feed)).toEqual([])
  })
})
