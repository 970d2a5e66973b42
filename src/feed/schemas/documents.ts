import * as z from 'zod/mini'
import { feedIndexSchema } from './index'
import { sessionSchema } from './sessions'
import { developmentSchema } from './developments'
import { quoteSchema } from './quotes'
import { openIssueSchema, scenarioSchema } from './open-issues'
import { instrumentSchema, seriesPointSchema, seriesSchema } from './markets'

/**
 * Every resource of the feed: its path under the feed's base URL and, for each list it holds,
 * the schema of one record. Records are validated one by one, so one bad record never hides the
 * good ones.
 */
export const collectionResources = {
  sessions: { path: 'sessions.json', lists: { sessions: sessionSchema } },
  developments: { path: 'developments.json', lists: { developments: developmentSchema } },
  quotes: { path: 'quotes.json', lists: { quotes: quoteSchema } },
  issues: { path: 'issues.json', lists: { issues: openIssueSchema, scenarios: scenarioSchema } },
  markets: { path: 'markets.json', lists: { instruments: instrumentSchema } },
} as const

export type CollectionResourceName = keyof typeof collectionResources

export const indexPath = 'index.json'
export const seriesPath = (instrumentId: string) =>
  `series/${encodeURIComponent(instrumentId)}.json`

/** Whole-document schemas, for JSON Schema export and the feed checker. */
export const documentSchemas = {
  index: feedIndexSchema,
  sessions: z.object({ sessions: z.array(sessionSchema) }),
  developments: z.object({ developments: z.array(developmentSchema) }),
  quotes: z.object({ quotes: z.array(quoteSchema) }),
  issues: z.object({ issues: z.array(openIssueSchema), scenarios: z.array(scenarioSchema) }),
  markets: z.object({ instruments: z.array(instrumentSchema) }),
  series: seriesSchema,
} as const

export { seriesPointSchema }
