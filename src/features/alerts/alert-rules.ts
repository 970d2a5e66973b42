import * as z from 'zod/mini'

/**
 * The alerts a viewer sets, stored in the browser per feed. Ids in rules are the feed's own
 * (instrument, session, development or quote ids).
 */

const eventRefSchema = z.object({
  kind: z.enum(['session', 'development', 'quote']),
  id: z.string(),
})

export const alertRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('level'),
    id: z.string(),
    muted: z.boolean(),
    instrumentId: z.string(),
    direction: z.enum(['above', 'below']),
    level: z.number(),
  }),
  z.object({
    kind: z.literal('move'),
    id: z.string(),
    muted: z.boolean(),
    instrumentId: z.string(),
    /** Fires when the move since the event is at least this many % (or bp, or units) either way. */
    percent: z.number().check(z.positive()),
    /**
     * 'bp': a rule on a yield, measured in basis points (0.01 percentage point); 'level': on a
     * level that reaches zero (a spread), measured in the instrument's unit; else %.
     */
    unit: z.optional(z.enum(['bp', 'level'])),
    since: eventRefSchema,
  }),
  z.object({
    kind: z.literal('sigma'),
    id: z.string(),
    muted: z.boolean(),
    instrumentId: z.string(),
    /**
     * Fires when the move since the event is at least this many standard deviations of the
     * series' own moves over the same length of time, either way (docs/reaction-method.md).
     */
    sigma: z.number().check(z.positive()),
    since: eventRefSchema,
  }),
  z.object({
    kind: z.literal('session'),
    id: z.string(),
    muted: z.boolean(),
    /** null: any session. */
    sessionId: z.nullable(z.string()),
    edge: z.enum(['start', 'end', 'both']),
  }),
  z.object({
    kind: z.literal('followed'),
    id: z.string(),
    muted: z.boolean(),
  }),
])

export type AlertRule = z.infer<typeof alertRuleSchema>
export type EventRef = z.infer<typeof eventRefSchema>

/** Rules read back from storage: any rule that no longer parses is left out, not the whole list. */
export function parseAlertRules(stored: unknown): AlertRule[] {
  if (!Array.isArray(stored)) return []
  return stored.flatMap((item) => {
    const parsed = alertRuleSchema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}

export const alertsStorageKey = (feedBaseUrl: string) => `ttm.alerts.v1:${feedBaseUrl}`
