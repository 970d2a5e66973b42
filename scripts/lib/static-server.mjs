// A small static file server for benchmarks and browser tests: serves a folder under any base
// path, with extra headers, overridden files and mounted folders (e.g. a feed next to the app).
import { createServer } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * @param {{ root: string, basePath?: string, port?: number, host?: string,
 *   headers?: Record<string,string>, overrides?: Record<string,{ body: string, type?: string }>,
 *   mounts?: Record<string,string>, spaFallback?: boolean, cacheAssets?: boolean,
 *   onRequest?: (req: import('node:http').IncomingMessage) => void,
 *   intercept?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean }} options
 *   `overrides` and `mounts` keys are paths relative to basePath ('config.json', 'feed/').
 *   `intercept` answers a request itself when it returns true (hostile feeds in browser tests).
 *   `cacheAssets`: the build's hashed files (assets/) are cached for a year, as docs/deploy.md
 *   asks of a deployment; everything else is `no-cache` either way.
 */
export function startStaticServer({
  root,
  basePath = '/',
  port = 0,
  host = '127.0.0.1',
  headers = {},
  overrides = {},
  mounts = {},
  spaFallback = true,
  cacheAssets = false,
  onRequest,
  intercept,
}) {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`
  const server = createServer((req, res) => {
    onRequest?.(req)
    if (intercept?.(req, res)) return
    const url = new URL(req.url ?? '/', 'http://localhost')
    const send = (status, body, type = 'text/plain; charset=utf-8', extra = {}) => {
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-cache',
        ...headers,
        ...extra,
      })
      res.end(body)
    }
    if (!url.pathname.startsWith(base)) return send(404, 'not found')
    const relative = decodeURIComponent(url.pathname.slice(base.length))
    if (Object.hasOwn(overrides, relative)) {
      const { body, type = types[extname(relative)] ?? 'application/octet-stream' } =
        overrides[relative]
      return send(200, body, type)
    }
    let folder = root
    let path = relative
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (relative.startsWith(prefix)) {
        folder = dir
        path = relative.slice(prefix.length)
      }
    }
    const full = resolve(folder, normalize(path || 'index.html').replace(/^(\.\.[/\\])+/, ''))
    if (!full.startsWith(resolve(folder))) return send(403, 'forbidden')
    let file = full
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      if (spaFallback && folder === root && !extname(relative)) file = join(root, 'index.html')
      else return send(404, 'not found')
    }
    const hashed = cacheAssets && folder === root && relative.startsWith('assets/')
    // As static hosts do (nginx, IIS, object stores) when they do not compress on the fly.
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...headers,
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address()
      const origin = `http://${host}:${address.port}`
      resolvePromise({
        origin,
        url: `${origin}${base}`,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.()
            server.close(() => done())
          }),
      })
    })
  })
}
