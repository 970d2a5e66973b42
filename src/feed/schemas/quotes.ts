import * as z from 'zod/mini'
import {
  dateTimeSchema,
  describe,
  idSchema,
  text,
  timePrecisionSchema,
  timeZoneSchema,
} from './common'

export const toneSchema = z.enum(['upbeat', 'positive', 'neutral', 'cautious', 'hard-line'])

export const quoteLocationSchema = z
  .object({
    name: text().check(describe('The place as shown, e.g. "New York"')),
    timeZone: timeZoneSchema.check(describe('IANA time zone of the place, for its local time')),
  })
  .check(describe('Where the quote was said, when known: its local time is shown in this zone'))

export const quoteSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  personId: idSchema,
  text: text().check(describe('Verbatim, as published')),
  lang: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
          'a BCP 47 language tag, e.g. "ja", "zh-Hans"',
        ),
        describe(
          'Language of the text when it is not English (BCP 47: "zh-Hans", "ja", "ar"): the page marks it, for its fonts, and quotes it as that language does',
        ),
      ),
  ),
  saidAt: dateTimeSchema,
  saidAtPrecision: timePrecisionSchema,
  setting: text().check(describe('e.g. "Speaking from the White House", "To CNBC"')),
  place: z.nullable(text()).check(describe('Where it was said, e.g. "White House, Washington"')),
  location: z.optional(quoteLocationSchema),
  context: z
    .nullable(text())
    .check(describe('What prompted it, e.g. "Asked about lifting export controls"')),
  sessionId: z.nullable(idSchema).check(describe('The session it is about, if any')),
  topicIds: z.array(idSchema),
  tone: toneSchema,
  sourceIds: z.array(idSchema),
})
