// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { feedJsonSchema } from '../../src/feed/json-schema'
import { textFields } from '../../src/feed/text-fields'

type JsonSchema = {
  type?: string
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  anyOf?: JsonSchema[]
}

/** Paths of every `text()` of a schema: a string of one character or more, of any form. */
function textPaths(schema: JsonSchema, path: string[] = []): string[] {
  if (schema.anyOf) return schema.anyOf.flatMap((option) => textPaths(option, path))
  if (schema.properties)
    return Object.entries(schema.properties).flatMap(([key, value]) =>
      textPaths(value, [...path, key]),
    )
  if (schema.items) return textPaths(schema.items, [...path, '*'])
  const text =
    schema.type === 'string' &&
    schema.minLength === 1 &&
    schema.maxLength === undefined &&
    schema.pattern === undefined &&
    schema.format === undefined &&
    schema.enum === undefined
  return text ? [path.join('.')] : []
}

describe('the text fields checked for control characters', () => {
  it('are every text field of every document of the schemas', () => {
    for (const [name, fields] of Object.entries(textFields)) {
      const schema = feedJsonSchema(name as keyof typeof textFields) as JsonSchema
      expect(Object.keys(fields).sort(), name).toEqual(textPaths(schema).sort())
    }
  })
})
