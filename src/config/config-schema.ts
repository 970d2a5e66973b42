import * as z from 'zod/mini'
import { isTimeZone } from '../lib/time-zone'
import { isFeedUrl } from './feed-url'

export const themeSchema = z.enum(['system', 'light', 'dark'])

export const feedUrlMessage = 'an absolute http(s) URL or a path on this site such as ./feed/'

/** Each field is read on its own: a bad value is ignored with a warning, the rest still applies. */
export const configFields = {
  feedUrl: z.nullable(z.string().check(z.refine(isFeedUrl, feedUrlMessage))),
  refreshSeconds: z.int().check(z.minimum(5), z.maximum(3600)),
  timeZone: z
    .string()
    .check(
      z.refine((zone) => zone === 'local' || isTimeZone(zone), 'an IANA time zone or "local"'),
    ),
  theme: themeSchema,
  allowedFeeds: z.array(z.string()),
}

export type RuntimeConfig = {
  [K in keyof typeof configFields]: z.infer<(typeof configFields)[K]>
}

export const defaultConfig: RuntimeConfig = {
  feedUrl: null,
  refreshSeconds: 30,
  timeZone: 'local',
  theme: 'system',
  allowedFeeds: [],
}
