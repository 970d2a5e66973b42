// Trade Talks Monitor: keeps the demo working with no network (registered in demo mode only).
// Network first: online, every request goes to the server as usual (a new build or a changed
// config.json is picked up at once); offline, the last copy answers. The page asks it to cache the
// files it loaded; the script files are scanned for the chunks they can load later.
const cacheName = 'trade-talks-monitor-offline-v1'
const networkTimeoutMs = 5000

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

function inScope(url) {
  return url.startsWith(self.registration.scope)
}

/** Navigations within the scope are all the app's page: one cached copy answers any of them. */
function cacheKey(request) {
  return request.mode === 'navigate' ? self.registration.scope : request.url
}

async function precache(urls) {
  const cache = await caches.open(cacheName)
  const seen = new Set()
  const queue = [...urls]
  while (queue.length > 0) {
    const url = new URL(queue.shift(), self.registration.scope)
    url.hash = ''
    if (!inScope(url.href) || seen.has(url.href)) continue
    seen.add(url.href)
    const response = await fetch(url.href, { cache: 'no-cache' })
    if (!response.ok) continue
    await cache.put(url.href, response.clone())
    if (url.pathname.endsWith('.js')) {
      const text = await response.text()
      // Chunks name each other "./name-hash.js" (imports) or "assets/name-hash.js" (preload lists).
      for (const match of text.matchAll(/["'`](\.\/[\w.-]+\.(?:js|css)|assets\/[\w.-]+\.(?:js|css))["'`]/g)) {
        const file = match[1]
        queue.push(file.startsWith('./') ? new URL(file, url).href : new URL(file, self.registration.scope).href)
      }
    }
  }
  return seen.size
}

self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'precache' || !Array.isArray(data.urls)) return
  const port = event.ports[0]
  event.waitUntil(
    precache(data.urls).then(
      (count) => port?.postMessage({ ok: true, count }),
      (error) => port?.postMessage({ ok: false, error: String(error) }),
    ),
  )
})

async function networkFirst(request) {
  const cache = await caches.open(cacheName)
  try {
    const response = await fetch(request, { signal: AbortSignal.timeout(networkTimeoutMs) })
    if (response.ok && response.type === 'basic') await cache.put(cacheKey(request), response.clone())
    return response
  } catch (error) {
    const cached = await cache.match(cacheKey(request), { ignoreSearch: request.mode === 'navigate' })
    if (cached) return cached
    if (request.mode === 'navigate') {
      return new Response('Trade Talks Monitor is offline and has no saved copy of this page.', {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      })
    }
    throw error
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || !inScope(request.url)) return
  event.respondWith(networkFirst(request))
})
