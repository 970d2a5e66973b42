import * as z from 'zod/mini'
import { dateTimeSchema, describe, idSchema, sourceSchema, text, timeZoneSchema } from './common'

export const roundSchema = z.object({
  id: idSchema,
  name: text(),
  location: text().check(describe('City or place, e.g. London')),
  venue: z.nullable(text()).check(describe('Venue, or null when the source names none')),
  timeZone: timeZoneSchema.check(describe('IANA time zone of the venue')),
  start: z.optional(
    dateTimeSchema.check(
      describe(
        'When the round starts; optional: by default the start of its first session (give it for a round announced before its sessions)',
      ),
    ),
  ),
  end: z.optional(
    dateTimeSchema.check(
      describe('When the round ends; optional: by default the end of its last session'),
    ),
  ),
  announcedAt: z.optional(
    dateTimeSchema.check(
      describe(
        "When the round became known; optional. Replay shows the round from this moment; by default from its start (its first session's start)",
      ),
    ),
  ),
  outcome: z.optional(
    text().check(
      describe(
        'What the round produced, in a sentence, once it is over (e.g. "Framework agreed; tariffs paused 90 days")',
      ),
    ),
  ),
})

export const partySchema = z.object({
  id: idSchema,
  name: text().check(describe('e.g. United States')),
  shortName: text().check(describe('e.g. US')),
  kind: z.enum(['government', 'observers']).check(describe('observers: analysts and media')),
})

export const personSchema = z.object({
  id: idSchema,
  name: text(),
  kind: z
    .enum(['person', 'organisation'])
    .check(describe('organisation: a ministry or a media outlet speaking as one')),
  role: text(),
  organisation: text(),
  partyId: idSchema,
})

export const topicSchema = z.object({
  id: idSchema,
  label: text(),
})

export const indexSourceSchema = z.extend(sourceSchema, { id: idSchema })

export const feedIndexSchema = z.object({
  title: text(),
  version: text().check(describe('Version of the feed format; this dashboard reads 1.x')),
  generatedAt: dateTimeSchema,
  pinnedNow: z.optional(
    dateTimeSchema.check(
      describe(
        'When present, the moment the feed describes: the dashboard uses it as "now" (demo and replay feeds). Absent for a live feed.',
      ),
    ),
  ),
  clockRate: z.optional(
    z
      .number()
      .check(
        z.positive(),
        describe(
          'How many seconds pinnedNow advances per real second (a demo playing a day at 60x); default 1',
        ),
      ),
  ),
  demo: z.optional(z.boolean().check(describe('True for demonstration data'))),
  notes: z.optional(
    z.array(text()).check(describe('Notes shown with the data, e.g. what is illustrative')),
  ),
  sources: z
    .array(indexSourceSchema)
    .check(describe('Sources referenced by id from other resources')),
  rounds: z.array(roundSchema),
  parties: z.array(partySchema),
  people: z.array(personSchema),
  topics: z.array(topicSchema),
})
