import { z } from 'zod'
import { dateTimeSchema, idSchema, sourceSchema, timeZoneSchema } from './common'

export const roundSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  location: z.string().min(1).describe('City or place, e.g. London'),
  venue: z.string().min(1).nullable().describe('Venue, or null when the source names none'),
  timeZone: timeZoneSchema.describe('IANA time zone of the venue'),
})

export const partySchema = z.object({
  id: idSchema,
  name: z.string().min(1).describe('e.g. United States'),
  shortName: z.string().min(1).describe('e.g. US'),
  kind: z.enum(['government', 'observers']).describe('observers: analysts and media'),
})

export const personSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  kind: z.enum(['person', 'organisation']).describe('organisation: a ministry or a media outlet speaking as one'),
  role: z.string().min(1),
  organisation: z.string().min(1),
  partyId: idSchema,
})

export const topicSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
})

export const feedIndexSchema = z.object({
  title: z.string().min(1),
  version: z.string().min(1).describe('Version of the feed format; this dashboard reads 1.x'),
  generatedAt: dateTimeSchema,
  pinnedNow: dateTimeSchema
    .optional()
    .describe(
      'When present, the moment the feed describes: the dashboard uses it as "now" (demo and replay feeds). Absent for a live feed.',
    ),
  demo: z.boolean().optional().describe('True for demonstration data'),
  notes: z.array(z.string().min(1)).optional().describe('Notes shown with the data, e.g. what is illustrative'),
  sources: z.array(sourceSchema.extend({ id: idSchema })).describe('Sources referenced by id from other resources'),
  rounds: z.array(roundSchema),
  parties: z.array(partySchema),
  people: z.array(personSchema),
  topics: z.array(topicSchema),
})
