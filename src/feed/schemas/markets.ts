import * as z from 'zod/mini'
import {
  dateTimeSchema,
  describe,
  idSchema,
  text,
  timePrecisionSchema,
  timeZoneSchema,
} from './common'
import { intervalPattern } from '../../lib/cadence'

const clockTimeSchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'))

export const tradingSessionSchema = z
  .object({
    days: z
      .array(z.int().check(z.minimum(0), z.maximum(6)))
      .check(
        z.minLength(1),
        describe(
          'Days of the week the session opens, in the market time zone: 0 Sunday ... 6 Saturday',
        ),
      ),
    open: clockTimeSchema,
    close: clockTimeSchema.check(describe('A close earlier than the open means the next day')),
  })
  .check(describe('One weekly trading session in the market time zone'))

export const instrumentSchema = z.object({
  id: idSchema,
  name: text(),
  shortName: text(),
  kind: z
    .enum([
      'equity-index',
      'commodity',
      'currency-index',
      'stock',
      'fx',
      'yield',
      'future',
      'other',
    ])
    .check(
      describe(
        'yield: values in % and moves shown in basis points; fx: a currency pair; other: see unit',
      ),
    ),
  unit: text().check(describe('e.g. points, USD per barrel, %, CNH per USD')),
  decimals: z.optional(
    z
      .int()
      .check(
        z.minimum(0),
        z.maximum(8),
        describe(
          'Decimals the levels are quoted to (EUR/USD 4 or 5); default: a currency pair below 50: 4, a yield: 3, otherwise 2',
        ),
      ),
  ),
  group: z.optional(
    text().check(describe('Groups instruments in the dashboard, e.g. "Chip makers" or "Rates"')),
  ),
  currency: z
    .nullable(z.string().check(z.length(3)))
    .check(describe('ISO 4217 code, or null for a unitless index')),
  last: z.nullable(z.number()).check(describe('Last value, or null when the source gives none')),
  change: z
    .nullable(z.number())
    .check(describe('Change since the previous close, in the unit; null when not given')),
  changePercent: z.nullable(z.number()),
  asOf: dateTimeSchema,
  asOfPrecision: timePrecisionSchema,
  timeZone: timeZoneSchema.check(describe('Home market time zone')),
  tradingHours: z.array(tradingSessionSchema),
  sourceIds: z.array(idSchema),
})

export const seriesPointSchema = z.object({
  t: dateTimeSchema,
  v: z.number(),
})

export const seriesSchema = z.object({
  instrumentId: idSchema,
  illustrative: z.boolean().check(describe('true: a generated path, not real prices')),
  basis: z
    .enum(['level', 'percent-change'])
    .check(
      describe(
        'level: values in the instrument unit; percent-change: % against the reference close',
      ),
    ),
  reference: z
    .object({
      value: z.nullable(z.number()).check(describe('The reference level, or null when not known')),
      at: dateTimeSchema,
      label: text(),
    })
    .check(describe('The previous close the day change is measured against')),
  note: z.optional(text()),
  interval: z.optional(
    z
      .string()
      .check(
        z.regex(intervalPattern, 'tick, or a count and a unit: 1m, 5m, 1h, 1d, 1w, 1mo'),
        describe(
          'Time between points: "tick", "1m", "5m", "1h", "1d", "1w", "1mo". When absent the dashboard infers it from the spacing of the points',
        ),
      ),
  ),
  points: z.array(seriesPointSchema),
})
