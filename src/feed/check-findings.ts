import type * as z from 'zod/mini'
import type { FeedProblem } from './parse'

/**
 * A finding of the feed checker: an error (the dashboard would show something false or broken;
 * feed:check exits 1) or a warning (likely a mistake, but a feed may mean it; exits 1 only with
 * --strict).
 */
export type FeedFinding = FeedProblem & { severity: 'error' | 'warning' }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** How far past index.json's `generatedAt` a time may be before it is said to be in the future (clock skew). */
export const generatedSkewMs = 10 * 60_000

/** The records of a list in a raw document that pass their schema, with their index in the list. */
export function validRecords<T>(
  raw: unknown,
  list: string,
  schema: z.ZodMiniType<T>,
): { record: T; i: number }[] {
  const items = isRecord(raw) ? raw[list] : undefined
  if (!Array.isArray(items)) return []
  return items.flatMap((item, i) => {
    const parsed = schema.safeParse(item)
    return parsed.success ? [{ record: parsed.data, i }] : []
  })
}

/** A whole raw document parsed with its schema, or null when it does not pass (reported elsewhere). */
export function validDocument<T>(raw: unknown, schema: z.ZodMiniType<T>): T | null {
  const parsed = schema.safeParse(raw)
  return parsed.success ? parsed.data : null
}
