// Longer than 200 lines: one mirror of zod's types and checks, each rule beside the others it must agree with.
import type * as z from 'zod/mini'

/**
 * A quick yes for a value that a zod/mini schema would accept as it is. zod's jitless path (the
 * CSP forbids the eval its JIT needs) takes about 140 ms to validate 10,000 quotes on a first pass
 * (Node); closures built once from the schema's definition take about 25 ms.
 *
 * The guard mirrors the schema exactly or not at all: a schema with anything it does not know
 * (a transform, a default, a coercion, an unknown check) gets no guard. When it answers true,
 * schema.safeParse succeeds with data deep-equal to the value; any other value goes to zod, which
 * keeps the last word and writes the messages.
 */
export type Guard = (value: unknown) => boolean

type Def = {
  type: string
  checks?: readonly z.core.$ZodCheck[]
  format?: string
  pattern?: RegExp
  coerce?: boolean
  innerType?: z.core.$ZodType
  element?: z.core.$ZodType
  shape?: Record<string, z.core.$ZodType>
  catchall?: z.core.$ZodType
}

type CheckDef = {
  check: string
  type?: string
  format?: string
  pattern?: RegExp
  minimum?: number
  maximum?: number
  length?: number
  value?: unknown
  inclusive?: boolean
  fn?: (value: unknown) => unknown
}

/** String formats whose whole check is their pattern. */
const patternFormats = new Set(['regex', 'datetime', 'date', 'time', 'duration'])

const guards = new WeakMap<z.core.$ZodType, Guard | null>()

/** The schema's guard, built on first use; null when the schema cannot be mirrored exactly. */
export function guardOf(schema: z.core.$ZodType): Guard | null {
  let guard = guards.get(schema)
  if (guard === undefined) {
    // A schema that contains itself finds null while it is built, so it gets no guard.
    guards.set(schema, null)
    guard = compile(schema)
    guards.set(schema, guard)
  }
  return guard
}

function compile(schema: z.core.$ZodType): Guard | null {
  const def = schema._zod.def as Def
  const base = compileType(schema, def)
  const checks = (def.checks ?? []).map(compileCheck)
  if (base === null || checks.includes(null)) return null
  const applied = checks.filter((check): check is Guard => check !== undefined)
  if (applied.length === 0) return base
  return (value) => {
    if (!base(value)) return false
    for (const check of applied) if (!check(value)) return false
    return true
  }
}

function testPattern(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0
  return pattern.test(value)
}

function compileType(schema: z.core.$ZodType, def: Def): Guard | null {
  if (def.coerce) return null
  switch (def.type) {
    case 'string': {
      if (def.format === undefined) return (value) => typeof value === 'string'
      const pattern = def.pattern
      if (!patternFormats.has(def.format) || !pattern) return null
      return (value) => typeof value === 'string' && testPattern(pattern, value)
    }
    case 'number':
      if (def.format === undefined || def.format === 'float64') return Number.isFinite
      if (def.format === 'safeint') return Number.isSafeInteger
      return null
    case 'boolean':
      return (value) => typeof value === 'boolean'
    case 'enum': {
      const values = schema._zod.values
      return values ? (value) => values.has(value as never) : null
    }
    case 'nullable': {
      const inner = def.innerType && guardOf(def.innerType)
      return inner ? (value) => value === null || inner(value) : null
    }
    case 'optional': {
      const inner = def.innerType && guardOf(def.innerType)
      return inner ? (value) => value === undefined || inner(value) : null
    }
    case 'array': {
      const element = def.element && guardOf(def.element)
      if (!element) return null
      return (value) => {
        if (!Array.isArray(value)) return false
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false
        return true
      }
    }
    case 'object':
      return def.catchall === undefined && def.shape ? compileObject(def.shape) : null
    default:
      return null
  }
}

/** An object with exactly the shape's keys (zod would drop any other, so such a value goes to zod). */
function compileObject(shape: Record<string, z.core.$ZodType>): Guard | null {
  const keys = Object.keys(shape)
  const fields: Guard[] = []
  for (const field of Object.values(shape)) {
    const guard = guardOf(field)
    if (!guard) return null
    fields.push(guard)
  }
  const known = new Set(keys)
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    for (let i = 0; i < keys.length; i++) if (!fields[i]!(record[keys[i]!])) return false
    for (const key in record) if (!known.has(key)) return false
    return true
  }
}

/**
 * zod counts a string's length in code points, an array's in items. A code point is one or two
 * UTF-16 units, so a string is counted only when its units leave the answer open.
 */
function lengthOf(value: unknown, low: number, high: number): number {
  if (!Array.isArray(value) && typeof value !== 'string') return NaN
  const units = value.length
  if (typeof value !== 'string' || units < low || units > high) return units
  let count = units
  for (let i = 0; i < units - 1; i++) {
    if (
      (value.charCodeAt(i) & 0xfc00) === 0xd800 &&
      (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      count--
      i++
    }
  }
  return count
}

/**
 * A check's guard; undefined for a check that checks nothing (a description), null if unknown.
 * A check's `when` is not asked: the check always runs, which can only make the guard stricter.
 */
function compileCheck(check: z.core.$ZodCheck): Guard | null | undefined {
  const def = check._zod.def as CheckDef
  const { minimum, maximum, length, value: bound, pattern, fn } = def
  switch (def.check) {
    case 'describe':
      return undefined
    case 'min_length':
      return minimum === undefined
        ? null
        : (value) => lengthOf(value, minimum, 2 * minimum - 1) >= minimum
    case 'max_length':
      return maximum === undefined
        ? null
        : (value) => lengthOf(value, maximum + 1, Infinity) <= maximum
    case 'length_equals':
      return length === undefined ? null : (value) => lengthOf(value, length, 2 * length) === length
    case 'string_format':
      if (!def.format || !patternFormats.has(def.format) || !pattern) return null
      return (value) => testPattern(pattern, value as string)
    case 'greater_than':
      if (typeof bound !== 'number') return null
      return def.inclusive
        ? (value) => (value as number) >= bound
        : (value) => (value as number) > bound
    case 'less_than':
      if (typeof bound !== 'number') return null
      return def.inclusive
        ? (value) => (value as number) <= bound
        : (value) => (value as number) < bound
    case 'custom':
      // A refinement (a predicate); a check written against zod's payload is not mirrored.
      if (def.type !== 'custom' || !fn) return null
      return (value) => {
        try {
          const result = fn(value)
          return !(result instanceof Promise) && Boolean(result)
        } catch {
          return false
        }
      }
    default:
      return null
  }
}
