import * as z from 'zod/mini'

export const themeSchema = z.enum(['system', 'light', 'dark'])

/** Each field is read on its own: a bad value is ignored with a warning, the rest still applies. */
export const configFields = {
  feedUrl: z.nullable(
    z.string().check(z.refine((url) => /^(https?:\/\/|\.{0,2}\/)/.test(url), 'an http(s) URL or a path')),
  ),
  refreshSeconds: z.int().check(z.minimum(5), z.maximum(3600)),
  timeZone: z.string().check(
    z.refine((zone) => {
      if (zone === 'local') return true
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone })
        return true
      } catch {
        return false
      }
    }, 'an IANA time zone or "local"'),
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
