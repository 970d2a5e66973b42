// @vitest-environment node
import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import '../../src/app/zod-config'
import { guardOf } from '../../src/feed/schema-guard'
import { documentSchemas } from '../../src/feed/schemas/documents'
import { readFixture } from './demo-fixtures'

const documents = {
  index: readFixture('index.json'),
  sessions: readFixture('sessions.json'),
  developments: readFixture('developments.json'),
  quotes: readFixture('quotes.json'),
  issues: readFixture('issues.json'),
  markets: readFixture('markets.json'),
  series: readFixture('series/brent.json'),
} satisfies Record<keyof typeof documentSchemas, unknown>

type Path = (string | number)[]

/** Every place in a JSON value, the value itself included. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const inner = Array.isArray(value)
    ? value.flatMap((item, i) => pathsOf(item, [...at, i]))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))
      : []
  return [at, ...inner]
}

/** Strings near the edges zod checks: empty, one astral character, lone surrogates, look-alike ids and times. */
const edgyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom('', 'a', '\u{1F600}', '\uD83D', 'A-b', 'a-', '-a', 'Europe/London', 'Mars/Base'),
  fc.constantFrom('2025-06-10T10:00:00Z', '2025-06-10T10:00:00', '2025-02-29T10:00:00+01:00'),
  fc.constantFrom('2025-06-10T10:00:00.5+01:00', 'exact', 'neutral', 'upbeat '),
)
const replacement = fc.oneof(
  edgyString,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-0, 1e21, 0.5, Number.MAX_SAFE_INTEGER + 2, null, true, [], {}),
)

type Mutation = { at: number; kind: 'set' | 'delete' | 'add'; value: unknown }

/** The document with each mutation applied at one of its places (a place that no longer exists is skipped). */
function mutate(document: unknown, places: Path[], mutations: Mutation[]): unknown {
  const root = { doc: structuredClone(document) }
  for (const { at, kind, value: drawn } of mutations) {
    // A copy: constantFrom hands out the same [] and {} on every run, which a later mutation in
    // the same run would write into, changing what the next runs draw.
    const value = structuredClone(drawn)
    const path: Path = ['doc', ...places[at]!]
    const key = path.pop()!
    let parent: unknown = root
    for (const step of path)
      parent = (parent as Record<string | number, unknown> | undefined)?.[step]
    if (typeof parent !== 'object' || parent === null) continue
    const holder = parent as Record<string | number, unknown>
    if (kind === 'delete' && !Array.isArray(holder)) delete holder[key]
    else if (kind === 'add') {
      const target = holder[key]
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>).extra = value
    } else holder[key] = value
  }
  return root.doc
}

describe('schema guards: a yes only where zod says yes to the very same value', () => {
  for (const [name, schema] of Object.entries(documentSchemas)) {
    const document = documents[name as keyof typeof documents]
    const places = pathsOf(document)

    it(`${name}: passes the demo document, which zod returns unchanged`, () => {
      const guard = guardOf(schema)
      expect(guard).not.toBeNull()
      expect(guard!(document)).toBe(true)
      expect(schema.safeParse(document)).toEqual({ success: true, data: document })
    })

    it(`${name}: over mutated documents, every value the guard passes is one zod keeps as it is`, () => {
      const guard = guardOf(schema)!
      const mutation = fc.record<Mutation>({
        at: fc.nat({ max: places.length - 1 }),
        kind: fc.constantFrom('set', 'set', 'delete', 'add'),
        value: replacement,
      })
      let passed = 0
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const value = mutate(document, places, mutations)
          if (!guard(value)) return
          passed += 1
          const result = schema.safeParse(value)
          expect(result.success).toBe(true)
          expect(isDeepStrictEqual(result.data, value)).toBe(true)
        }),
        { numRuns: 400 },
      )
      // Some mutations keep the document valid (a string for a string): the implication was tried.
      expect(passed).toBeGreaterThan(0)
    })
  }

  it('turns down, rather than mirrors, what it cannot check exactly', () => {
    const tree = z.object({
      name: z.string(),
      get children() {
        return z.array(tree)
      },
    })
    const unmirrored = [
      z.pipe(
        z.string(),
        z.transform((s) => s.trim()),
      ),
      z._default(z.string(), 'x'),
      z.string().check(z.email()),
      z.looseObject({ a: z.string() }),
      z.string().check(z.superRefine(() => undefined)),
      z.object({ inner: z.array(z.pipe(z.string(), z.transform(Number))) }),
      tree,
    ]
    for (const schema of unmirrored) expect(guardOf(schema)).toBeNull()
  })

  it('counts string lengths in code points, as zod does', () => {
    const schemas = [
      z.string().check(z.minLength(2)),
      z.string().check(z.maxLength(1)),
      z.string().check(z.length(2)),
    ]
    const values = ['\u{1F600}', '\u{1F600}a', '\uD83D', '\uD83Da', '\uD83D\uD83D', 'ab', 'abc', '']
    for (const schema of schemas)
      for (const value of values)
        expect(
          guardOf(schema)!(value),
          `${value} in ${schema._zod.def.checks![0]!._zod.def.check}`,
        ).toBe(schema.safeParse(value).success)
  })
})
