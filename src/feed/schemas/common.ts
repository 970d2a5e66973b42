import * as z from 'zod/mini'
import { isTimeZone } from '../../lib/time-zone'

// zod/mini: the same schemas as classic zod at a quarter of the bytes (checks are functions).

/** Attaches a description that the JSON Schema export and docs/feed.md carry. */
export const describe = <T>(description: string) => z.describe<T>(description)

/** A string with at least one character. */
export const text = () => z.string().check(z.minLength(1))

/** ISO 8601 date-time with an explicit offset (`Z` or `+01:00`); a local time without one is invalid. */
export const dateTimeSchema = z.iso
  .datetime({ offset: true })
  .check(describe('ISO 8601 date-time with an explicit offset, e.g. 2025-06-10T10:00:00+01:00'))

export const idSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    describe('Stable identifier: lower-case letters, digits and dashes'),
  )

export const timeZoneSchema = z
  .string()
  .check(
    z.refine(isTimeZone, 'an IANA time zone such as Europe/London'),
    describe('IANA time zone, e.g. Europe/London'),
  )

export const timePrecisionSchema = z
  .enum(['exact', 'approximate'])
  .check(
    describe('exact: the source gives the time; approximate: the time is a plausible estimate'),
  )

export const sourceSchema = z
  .object({
    name: text().check(describe('Who published it, as shown to the user')),
    url: z.optional(
      z.string().check(describe('Link to the source. Only http and https URLs are shown as links')),
    ),
  })
  .check(describe('Where a fact comes from'))
