import { rmSync } from 'node:fs'
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.mjs'
import { buildMultiMonthFeed, type MultiMonthFeed } from './multi-month-feed'
import { serveBuild } from './serve-build'

export type ServedMultiMonthFeed = {
  feed: MultiMonthFeed
  /** Where the feed is served (its own origin). */
  feedUrl: string
  /** The production build, its config pointing at the feed. */
  app: StaticServer
  close: () => Promise<void>
}

/**
 * The multi-month test feed published as static files on a second origin, and the production
 * build reading it (with `config` added to its config.json).
 */
export async function serveMultiMonthFeed(
  config: Record<string, unknown> = {},
): Promise<ServedMultiMonthFeed> {
  const feed = buildMultiMonthFeed()
  const feedServer = await startStaticServer({
    root: feed.dir,
    headers: { 'access-control-allow-origin': '*' },
  })
  const app = await serveBuild({ config: { feedUrl: feedServer.url, ...config } })
  return {
    feed,
    feedUrl: feedServer.url,
    app,
    close: async () => {
      await app.close()
      await feedServer.close()
      rmSync(feed.dir, { recursive: true, force: true })
    },
  }
}
