import { z } from 'zod'
import { dateTimeSchema, idSchema, timePrecisionSchema } from './common'

export const developmentKindSchema = z.enum([
  'statement',
  'licence-approval',
  'data-release',
  'commentary',
  'report',
])

export const figureSchema = z.object({
  label: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1).describe('e.g. % year on year'),
})

export const developmentSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  kind: developmentKindSchema,
  title: z.string().min(1),
  at: dateTimeSchema,
  atPrecision: timePrecisionSchema,
  summary: z.string().min(1),
  partyId: idSchema.nullable().describe('Whose development it is, or null'),
  personIds: z.array(idSchema).describe('People or organisations it concerns'),
  topicIds: z.array(idSchema),
  figures: z.array(figureSchema).describe('Numbers the source gives; empty when it gives none'),
  sourceIds: z.array(idSchema),
})
