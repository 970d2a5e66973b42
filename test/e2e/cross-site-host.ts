import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startStaticServer } from '../../scripts/lib/static-server.mjs'
import { serveBuild } from './serve-build'

export type CrossSiteHost = {
  /** The dashboard's own address (127.0.0.1). */
  appUrl: string
  /** The host page's address (localhost: another site). */
  hostUrl: string
  close: () => Promise<void>
}

/**
 * The production build framed by an intranet's page on another site: "localhost" serves the host
 * page, "127.0.0.1" the dashboard. `body` is the host page's body, given the dashboard's address.
 */
export async function serveCrossSiteHost(body: (appUrl: string) => string): Promise<CrossSiteHost> {
  const app = await serveBuild()
  const dir = mkdtempSync(join(tmpdir(), 'ttm-host-'))
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Host</title>${body(app.url)}`)
  const host = await startStaticServer({ root: dir, host: 'localhost' })
  return {
    appUrl: app.url,
    hostUrl: `http://localhost:${host.port}/`,
    close: async () => {
      await host.close()
      await app.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
