import type * as z from 'zod/mini'
import { describeIssue } from './describe-issue'

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

export function problemsFromZod(resource: string, error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): FeedProblem[] {
  return error.issues.map((issue) => ({
    resource,
    path: jsonPath([...prefix, ...issue.path]),
    message: describeIssue(issue),
  }))
}

export function duplicateIdMessage(id: string, firstPath: string): string {
  return `duplicate id "${id}" (first at ${firstPath}); this record is not shown`
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

type Lists = Record<string, z.ZodMiniType>
type ParsedLists<L extends Lists> = { [K in keyof L]: z.infer<L[K]>[] }

/**
 * Validates a collection document record by record: the valid records are kept, each invalid one
 * is dropped with a problem naming it. Returns null data only when the document is not an object.
 */
export function parseCollection<L extends Lists>(
  resource: string,
  lists: L,
  raw: unknown,
): Parsed<ParsedLists<L>> | { data: null; problems: FeedProblem[] } {
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
    data[key] = list.flatMap((record, index) => {
      const result = schema.safeParse(record, { reportInput: true })
      if (!result.success) {
        problems.push(...problemsFromZod(resource, result.error, [key, index]))
        return []
      }
      // A second record with an id already seen is dropped: the first one stands.
      const id = isPlainObject(result.data) ? result.data.id : undefined
      if (typeof id === 'string') {
        const first = firstIndexOf.get(id)
        if (first !== undefined) {
          problems.push({ resource, path: jsonPath([key, index, 'id']), message: duplicateIdMessage(id, jsonPath([key, first])) })
          return []
        }
        firstIndexOf.set(id, index)
      }
      return [result.data]
    })
  }
  return { data: data as ParsedLists<L>, problems }
}

/** Validates a whole document at once (index.json); no partial result. */
export function parseDocument<S extends z.ZodMiniType>(
  resource: string,
  schema: S,
  raw: unknown,
): Parsed<z.infer<S>> | { data: null; problems: FeedProblem[] } {
  const result = schema.safeParse(raw, { reportInput: true })
  if (result.success) return { data: result.data, problems: [] }
  return { data: null, problems: problemsFromZod(resource, result.error) }
}
