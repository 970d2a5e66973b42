/**
 * Writes the JSON Schema of every feed document to docs/schema/<name>.schema.json.
 *
 *   npm run feed:schema
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { feedJsonSchemaFiles } from '../src/feed/json-schema'

const schemaDir = fileURLToPath(new URL('../docs/schema/', import.meta.url))
mkdirSync(schemaDir, { recursive: true })
for (const [fileName, text] of feedJsonSchemaFiles()) {
  writeFileSync(`${schemaDir}${fileName}`, text)
  console.log(`wrote docs/schema/${fileName}`)
}
