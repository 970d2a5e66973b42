import * as z from 'zod/mini'
import { dateTimeSchema, describe, idSchema, text, timePrecisionSchema } from './common'

export const developmentKindSchema = z.enum([
  'statement',
  'licence-approval',
  'data-release',
  'commentary',
  'report',
])

export const figureSchema = z.object({
  label: text(),
  value: z.number(),
  unit: text().check(describe('e.g. % year on year')),
})

export const developmentSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  kind: developmentKindSchema,
  title: text(),
  at: dateTimeSchema,
  atPrecision: timePrecisionSchema,
  summary: text(),
  partyId: z.nullable(idSchema).check(describe('Whose development it is, or null')),
  personIds: z.array(idSchema).check(describe('People or organisations it concerns')),
  topicIds: z.array(idSchema),
  figures: z
    .array(figureSchema)
    .check(describe('Numbers the source gives; empty when it gives none')),
  sourceIds: z.array(idSchema),
})
