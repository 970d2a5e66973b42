import { z } from 'zod'

/** ISO 8601 date-time with an explicit offset (`Z` or `+01:00`); a local time without one is invalid. */
export const dateTimeSchema = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 date-time with an explicit offset, e.g. 2025-06-10T10:00:00+01:00')

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
  .describe('Stable identifier: lower-case letters, digits and dashes')

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, 'an IANA time zone such as Europe/London')
  .describe('IANA time zone, e.g. Europe/London')

export const timePrecisionSchema = z
  .enum(['exact', 'approximate'])
  .describe('exact: the source gives the time; approximate: the time is a plausible estimate')

export const sourceSchema = z
  .object({
    name: z.string().min(1).describe('Who published it, as shown to the user'),
    url: z
      .string()
      .optional()
      .describe('Link to the source. Only http and https URLs are shown as links'),
  })
  .describe('Where a fact comes from')

export const textSchema = z.string().min(1)
