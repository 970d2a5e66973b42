import * as z from 'zod/mini'
import { dateTimeSchema, describe, idSchema, text, timePrecisionSchema } from './common'

export const toneSchema = z.enum(['upbeat', 'positive', 'neutral', 'cautious', 'hard-line'])

export const quoteSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  personId: idSchema,
  text: text().check(describe('Verbatim, as published')),
  saidAt: dateTimeSchema,
  saidAtPrecision: timePrecisionSchema,
  setting: text().check(describe('e.g. "Speaking from the White House", "To CNBC"')),
  place: z.nullable(text()).check(describe('Where it was said, e.g. "White House, Washington"')),
  context: z
    .nullable(text())
    .check(describe('What prompted it, e.g. "Asked about lifting export controls"')),
  sessionId: z.nullable(idSchema).check(describe('The session it is about, if any')),
  topicIds: z.array(idSchema),
  tone: toneSchema,
  sourceIds: z.array(idSchema),
})
