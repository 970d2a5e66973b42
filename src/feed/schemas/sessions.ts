import { z } from 'zod'
import { dateTimeSchema, idSchema, timePrecisionSchema } from './common'

export const sessionStatusSchema = z.enum(['scheduled', 'in-session', 'concluded'])

export const delegationSchema = z.object({
  partyId: idSchema,
  leadPersonIds: z.array(idSchema).describe('Who leads the delegation'),
  memberPersonIds: z.array(idSchema).describe('Other named members'),
})

export const sessionSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  title: z.string().min(1),
  start: dateTimeSchema,
  startPrecision: timePrecisionSchema,
  end: dateTimeSchema.nullable().describe('null while the end is not known'),
  endPrecision: timePrecisionSchema,
  durationNote: z.string().min(1).optional().describe('What the source says of the length, e.g. "six hours"'),
  status: sessionStatusSchema,
  venue: z.string().min(1).nullable(),
  format: z.string().min(1).describe('e.g. closed-door'),
  delegations: z.array(delegationSchema),
  topicIds: z.array(idSchema),
  summary: z.string().min(1),
  outcomeSignals: z.array(z.string().min(1)).describe('Short signals, e.g. "cautious optimism"'),
  sourceIds: z.array(idSchema),
})
