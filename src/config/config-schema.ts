import { z } from 'zod'

export const themeSchema = z.enum(['system', 'light', 'dark'])

/** Each field is read on its own: a bad value is ignored with a warning, the rest still applies. */
export const configFields = {
  feedUrl: z
    .string()
    .refine((url) => /^(https?:\/\/|\.{0,2}\/)/.test(url), 'an http(s) URL or a path')
    .nullable()
    .describe('Base URL of the feed; null runs the demo with built-in data'),
  refreshSeconds: z.number().int().min(5).max(3600).describe('How often every resource is polled'),
  timeZone: z
    .string()
    .refine((zone) => {
      if (zone === 'local') return true
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone })
        return true
      } catch {
        return false
      }
    }, 'an IANA time zone or "local"')
    .describe('Default display time zone; "local" is the viewer\'s own'),
  theme: themeSchema.describe('system follows the operating system'),
  allowedFeeds: z
    .array(z.string())
    .describe('Feed URLs a link may choose with ?feed=; empty: the feed comes only from this file'),
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
