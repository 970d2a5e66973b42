import { z } from 'zod'
import { dateTimeSchema, idSchema, timePrecisionSchema } from './common'

export const toneSchema = z.enum(['upbeat', 'positive', 'neutral', 'cautious', 'hard-line'])

export const quoteSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  personId: idSchema,
  text: z.string().min(1).describe('Verbatim, as published'),
  saidAt: dateTimeSchema,
  saidAtPrecision: timePrecisionSchema,
  setting: z.string().min(1).describe('e.g. "Speaking from the White House", "To CNBC"'),
  place: z.string().min(1).nullable().describe('Where it was said, e.g. "White House, Washington"'),
  context: z.string().min(1).nullable().describe('What prompted it, e.g. "Asked about lifting export controls"'),
  sessionId: idSchema.nullable().describe('The session it is about, if any'),
  topicIds: z.array(idSchema),
  tone: toneSchema,
  sourceIds: z.array(idSchema),
})
