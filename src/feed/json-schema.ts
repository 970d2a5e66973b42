import * as z from 'zod/mini'
import { collectionResources, documentSchemas, indexPath } from './schemas/documents'

type DocumentName = keyof typeof documentSchemas

const titles: Record<DocumentName, string> = {
  index: 'Trade Talks Monitor feed: index.json',
  sessions: 'Trade Talks Monitor feed: sessions.json',
  developments: 'Trade Talks Monitor feed: developments.json',
  quotes: 'Trade Talks Monitor feed: quotes.json',
  issues: 'Trade Talks Monitor feed: issues.json',
  markets: 'Trade Talks Monitor feed: markets.json',
  series: 'Trade Talks Monitor feed: series/<instrumentId>.json',
}

function documentPath(name: DocumentName): string {
  if (name === 'index') return indexPath
  if (name === 'series') return 'series/<instrumentId>.json'
  return collectionResources[name].path
}

/** The file name of a document's JSON Schema under docs/schema/. */
export const jsonSchemaFileName = (name: DocumentName) => `${name}.schema.json`

/**
 * JSON Schema (draft 2020-12) of one feed document, from its zod schema. Checks JSON Schema cannot
 * express (the IANA time-zone refinement) are left out; the feed checker still applies them.
 */
export function feedJsonSchema(name: DocumentName): Record<string, unknown> {
  const generated = z.toJSONSchema(documentSchemas[name], {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  })
  const { $schema, ...rest } = generated
  return {
    $schema,
    title: titles[name],
    description: `Schema of ${documentPath(name)} under the feed's base URL. Generated from src/feed/schemas by npm run feed:schema; do not edit.`,
    ...rest,
  }
}

/** Every document's JSON Schema as file text: file name → text, in documentSchemas order. */
export function feedJsonSchemaFiles(): Map<string, string> {
  const names = Object.keys(documentSchemas) as DocumentName[]
  return new Map(
    names.map((name) => [
      jsonSchemaFileName(name),
      `${JSON.stringify(feedJsonSchema(name), null, 2)}\n`,
    ]),
  )
}
