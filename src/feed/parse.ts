import type * as z from 'zod/mini'
import { describeIssue } from './describe-issue'
import { guardOf } from './schema-guard'
import { yieldToPage } from '../lib/yield-to-page'

/** One thing wrong with a feed document: where it is and what was expected. */
export type FeedProblem = {
  resource: string
  /** JSON path, e.g. `$.quotes[3].saidAt` */
  path: string
  message: string
}

export type Parsed<T> = { data: T; problems: FeedProblem[] }

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`
    const key = String(segment)
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
  }, '$')
}

export function problemsFromZod(
  resource: string,
  error: z.core.$ZodError,
  prefix: readonly PropertyKey[] = [],
): FeedProblem[] {
  return error.issues.map((issue) => ({
    resource,
    path: jsonPath([...prefix, ...issue.path]),
    message: describeIssue(issue),
  }))
}

export function duplicateIdMessage(id: string, firstPath: string): string {
  return `duplicate id "${id}" (first at ${firstPath}); this record is not shown`
}

/**
 * schema.safeParse with the offending input in each issue when it fails (the messages quote it).
 * A value the schema's guard passes is taken as it is, without zod. Asking zod for the input makes
 * every parse slower (10,000 quotes: 40 ms instead of 27), so only a record that failed is parsed
 * again with it.
 */
export function safeParseReporting<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
): z.core.util.SafeParseResult<z.output<S>> {
  // The guard's true means zod would return this very value.
  if (guardOf(schema)?.(value)) return { success: true, data: value as z.output<S> }
  const result = schema.safeParse(value)
  return result.success ? result : schema.safeParse(value, { reportInput: true })
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export type Lists = Record<string, z.ZodMiniType>
type ParsedLists<L extends Lists> = { [K in keyof L]: z.infer<L[K]>[] }

export type CollectionResult<L extends Lists> =
  Parsed<ParsedLists<L>> | { data: null; problems: FeedProblem[] }

/** parseCollection's work, one record a step, so a long document can be validated in slices. */
function* validateCollection<L extends Lists>(
  resource: string,
  lists: L,
  raw: unknown,
  prepare: <T>(record: T) => T = (record) => record,
): Generator<void, CollectionResult<L>> {
  if (!isPlainObject(raw)) {
    return { data: null, problems: [{ resource, path: '$', message: 'expected a JSON object' }] }
  }
  const problems: FeedProblem[] = []
  const data: Record<string, unknown[]> = {}
  for (const [key, schema] of Object.entries(lists)) {
    const list = Object.hasOwn(raw, key) ? raw[key] : undefined
    if (!Array.isArray(list)) {
      problems.push({ resource, path: jsonPath([key]), message: 'expected an array' })
      data[key] = []
      continue
    }
    const firstIndexOf = new Map<unknown, number>()
    const kept: unknown[] = []
    data[key] = kept
    for (let index = 0; index < list.length; index++) {
      yield
      const result = safeParseReporting(schema, list[index])
      if (!result.success) {
        problems.push(...problemsFromZod(resource, result.error, [key, index]))
        continue
      }
      // A second record with an id already seen is dropped: the first one stands.
      const id = isPlainObject(result.data) ? result.data.id : undefined
      if (typeof id === 'string') {
        const first = firstIndexOf.get(id)
        if (first !== undefined) {
          problems.push({
            resource,
            path: jsonPath([key, index, 'id']),
            message: duplicateIdMessage(id, jsonPath([key, first])),
          })
          continue
        }
        firstIndexOf.set(id, index)
      }
      kept.push(prepare(result.data))
    }
  }
  return { data: data as ParsedLists<L>, problems }
}

/**
 * Validates a collection document record by record: the valid records are kept, each invalid one
 * is dropped with a problem naming it. Returns null data only when the document is not an object.
 */
export function parseCollection<L extends Lists>(
  resource: string,
  lists: L,
  raw: unknown,
  prepare?: <T>(record: T) => T,
): CollectionResult<L> {
  const steps = validateCollection(resource, lists, raw, prepare)
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}

/** How long validation runs before it lets the page paint and take input (issue 15: no task over 50 ms). */
export const validationSliceMs = 12

export type SliceOptions = {
  signal?: AbortSignal
  sliceMs?: number
  /** Applied to each valid record as it is kept, within the same slices. */
  prepare?: <T>(record: T) => T
}

/**
 * parseCollection without a long task: validation gives the page a turn whenever it has run for
 * `sliceMs`. A short document is done in one slice, as before. Aborting stops at the next slice.
 */
export async function parseCollectionInSlices<L extends Lists>(
  resource: string,
  lists: L,
  raw: unknown,
  { signal, sliceMs = validationSliceMs, prepare }: SliceOptions = {},
): Promise<CollectionResult<L>> {
  const steps = validateCollection(resource, lists, raw, prepare)
  let sliceStart = performance.now()
  let step = steps.next()
  let count = 0
  while (!step.done) {
    // The clock is read every 64 records: reading it is not free either.
    if ((++count & 63) === 0 && performance.now() - sliceStart > sliceMs) {
      await yieldToPage()
      signal?.throwIfAborted()
      sliceStart = performance.now()
    }
    step = steps.next()
  }
  return step.value
}

/** Validates a whole document at once (index.json); no partial result. */
export function parseDocument<S extends z.ZodMiniType>(
  resource: string,
  schema: S,
  raw: unknown,
): Parsed<z.infer<S>> | { data: null; problems: FeedProblem[] } {
  const result = safeParseReporting(schema, raw)
  if (result.success) return { data: result.data, problems: [] }
  return { data: null, problems: problemsFromZod(resource, result.error) }
}
