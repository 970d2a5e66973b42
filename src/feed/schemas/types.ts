import type * as z from 'zod/mini'
import type { feedIndexSchema, partySchema, personSchema, roundSchema, topicSchema } from './index'
import type { delegationSchema, sessionSchema, sessionStatusSchema } from './sessions'
import type { developmentSchema } from './developments'
import type { quoteLocationSchema, quoteSchema, toneSchema } from './quotes'
import type { openIssueSchema, scenarioSchema } from './open-issues'
import type {
  instrumentSchema,
  seriesPointSchema,
  seriesSchema,
  tradingSessionSchema,
} from './markets'

export type FeedIndex = z.infer<typeof feedIndexSchema>
export type Round = z.infer<typeof roundSchema>
export type Party = z.infer<typeof partySchema>
export type Person = z.infer<typeof personSchema>
export type Topic = z.infer<typeof topicSchema>
export type Session = z.infer<typeof sessionSchema>
export type SessionStatus = z.infer<typeof sessionStatusSchema>
export type Delegation = z.infer<typeof delegationSchema>
export type Development = z.infer<typeof developmentSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Tone = z.infer<typeof toneSchema>
export type QuoteLocation = z.infer<typeof quoteLocationSchema>
export type OpenIssue = z.infer<typeof openIssueSchema>
export type Scenario = z.infer<typeof scenarioSchema>
export type Instrument = z.infer<typeof instrumentSchema>
export type TradingSession = z.infer<typeof tradingSessionSchema>
export type Series = z.infer<typeof seriesSchema>
export type SeriesPoint = z.infer<typeof seriesPointSchema>
