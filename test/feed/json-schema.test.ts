// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { feedJsonSchema, feedJsonSchemaFiles } from '../../src/feed/json-schema'
import { documentSchemas } from '../../src/feed/schemas/documents'

const schemaDir = new URL('../../docs/schema/', import.meta.url)

describe('docs/schema', () => {
  it('holds exactly the JSON Schema npm run feed:schema generates, one file per document', () => {
    const files = feedJsonSchemaFiles()
    expect([...files.keys()]).toEqual(
      Object.keys(documentSchemas).map((name) => `${name}.schema.json`),
    )
    expect(
      readdirSync(schemaDir)
        .filter((file) => file.endsWith('.schema.json'))
        .sort(),
    ).toEqual([...files.keys()].sort())
    for (const [file, text] of files) {
      expect(
        readFileSync(new URL(file, schemaDir), 'utf8'),
        `docs/schema/${file} is stale: run npm run feed:schema`,
      ).toBe(text)
    }
  })

  it('keeps the contract: required fields, offsets in date-times, enums', () => {
    const quotes = feedJsonSchema('quotes') as {
      properties: {
        quotes: {
          items: {
            required: string[]
            properties: Record<string, { pattern?: string; enum?: string[] }>
          }
        }
      }
    }
    const quote = quotes.properties.quotes.items
    expect(quote.required).toEqual(
      expect.arrayContaining(['id', 'personId', 'text', 'saidAt', 'tone', 'sourceIds']),
    )
    expect(
      new RegExp(quote.properties.saidAt?.pattern ?? '').test('2025-06-09T20:00:00-04:00'),
    ).toBe(true)
    expect(new RegExp(quote.properties.saidAt?.pattern ?? '').test('2025-06-09T20:00:00')).toBe(
      false,
    )
    expect(quote.properties.tone?.enum).toEqual([
      'upbeat',
      'positive',
      'neutral',
      'cautious',
      'hard-line',
    ])
  })
})
