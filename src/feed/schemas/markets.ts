import { z } from 'zod'
import { dateTimeSchema, idSchema, timePrecisionSchema, timeZoneSchema } from './common'

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')

export const tradingSessionSchema = z
  .object({
    days: z
      .array(z.number().int().min(0).max(6))
      .min(1)
      .describe('Days of the week the session opens, in the market time zone: 0 Sunday ... 6 Saturday'),
    open: clockTimeSchema,
    close: clockTimeSchema.describe('A close earlier than the open means the next day'),
  })
  .describe('One weekly trading session in the market time zone')

export const instrumentSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  kind: z.enum(['equity-index', 'commodity', 'currency-index']),
  unit: z.string().min(1).describe('e.g. points, USD per barrel'),
  currency: z.string().length(3).nullable().describe('ISO 4217 code, or null for a unitless index'),
  last: z.number().nullable().describe('Last value, or null when the source gives none'),
  change: z.number().nullable().describe('Change since the previous close, in the unit; null when not given'),
  changePercent: z.number().nullable(),
  asOf: dateTimeSchema,
  asOfPrecision: timePrecisionSchema,
  timeZone: timeZoneSchema.describe('Home market time zone'),
  tradingHours: z.array(tradingSessionSchema),
  sourceIds: z.array(idSchema),
})

export const seriesPointSchema = z.object({
  t: dateTimeSchema,
  v: z.number(),
})

export const seriesSchema = z.object({
  instrumentId: idSchema,
  illustrative: z.boolean().describe('true: a generated path, not real prices'),
  basis: z
    .enum(['level', 'percent-change'])
    .describe('level: values in the instrument unit; percent-change: % against the reference close'),
  reference: z
    .object({
      value: z.number().nullable().describe('The reference level, or null when not known'),
      at: dateTimeSchema,
      label: z.string().min(1),
    })
    .describe('The previous close the day change is measured against'),
  note: z.string().min(1).optional(),
  points: z.array(seriesPointSchema),
})
