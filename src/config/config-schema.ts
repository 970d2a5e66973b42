import * as z from 'zod/mini'
import { isTimeZone } from '../lib/time-zone'

export const themeSchema = z.enum(['system', 'light', 'dark'])

const pageProbe = 'http://page.invalid/app/'

/**
 * A feed URL is an absolute http(s) URL, or a path relative to the page (`./feed/`, `../feed/`,
 * `/feed/`) that stays on the page's own site: `//host/` and `/\host/` (which browsers read as
 * `//host/`) name another site without saying so, and are refused.
 */
export function isFeedUrl(url: string): boolean {
  if (/^https?:\/\//i.test(url)) return URL.canParse(url)
  if (!/^\.{0,2}\//.test(url)) return false
  return (
    URL.canParse(url, pageProbe) && new URL(url, pageProbe).origin === new URL(pageProbe).origin
  )
}

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
