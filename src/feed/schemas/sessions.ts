import * as z from 'zod/mini'
import { dateTimeSchema, describe, idSchema, text, timePrecisionSchema } from './common'

export const sessionStatusSchema = z
  .enum(['scheduled', 'in-session', 'concluded', 'postponed', 'cancelled'])
  .check(
    describe(
      'postponed: will not take place at its start, a new start given in rescheduledTo once known; cancelled: will not take place (both since 1.2)',
    ),
  )

export const delegationSchema = z.object({
  partyId: idSchema,
  leadPersonIds: z.array(idSchema).check(describe('Who leads the delegation')),
  memberPersonIds: z.array(idSchema).check(describe('Other named members')),
})

export const sessionSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  title: text(),
  start: dateTimeSchema,
  startPrecision: timePrecisionSchema,
  announcedAt: z.optional(
    dateTimeSchema.check(
      describe(
        "When the session was scheduled; optional. Replay shows it from this moment; by default from the start of its round's first session",
      ),
    ),
  ),
  end: z.nullable(dateTimeSchema).check(describe('null while the end is not known')),
  endPrecision: timePrecisionSchema,
  durationNote: z.optional(
    text().check(describe('What the source says of the length, e.g. "six hours"')),
  ),
  status: sessionStatusSchema,
  rescheduledTo: z.optional(
    dateTimeSchema.check(
      describe(
        'Postponed sessions only: the new start, once announced; start keeps the slot it was planned for (since 1.2)',
      ),
    ),
  ),
  venue: z.nullable(text()),
  format: text().check(describe('e.g. closed-door')),
  delegations: z.array(delegationSchema),
  topicIds: z.array(idSchema),
  summary: text(),
  outcomeSignals: z.array(text()).check(describe('Short signals, e.g. "cautious optimism"')),
  sourceIds: z.array(idSchema),
})
