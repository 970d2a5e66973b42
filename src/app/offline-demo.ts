/**
 * Demo mode keeps a copy of the app for use with no network (public/offline-sw.js): registered
 * after the page has its content, never before, so it costs the first paint nothing. Where a
 * service worker cannot run (plain-http intranet host, some cross-site iframes) the demo still
 * works online; it only cannot be reloaded offline. With a real feed, any copy is removed.
 */
import { whenIdle } from '../lib/when-idle'

const workerFile = 'offline-sw.js'
const oldWorkerFile = 'mockServiceWorker.js'
const cacheName = 'trade-talks-monitor-offline-v1'

export function keepDemoOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return
  whenIdle(() => void register(), { timeoutMs: 3_000, fallbackMs: 1_500 })
}

async function register() {
  const root = document.documentElement
  try {
    const registration = await navigator.serviceWorker.register(
      new URL(workerFile, document.baseURI),
      { scope: './' },
    )
    await navigator.serviceWorker.ready
    const worker = registration.active
    if (!worker) return
    const page = new URL('./', document.baseURI).href
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(page))
    const reply = await new Promise<{ ok: boolean }>((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = (event: MessageEvent<{ ok: boolean }>) => resolve(event.data)
      worker.postMessage(
        { type: 'precache', urls: [page, new URL('config.json', page).href, ...loaded] },
        [channel.port2],
      )
    })
    // For tests and the curious: "ready" once the app can reload with no network.
    root.dataset.offline = reply.ok ? 'ready' : 'failed'
  } catch (error) {
    root.dataset.offline = 'unavailable'
    console.info('The demo cannot be kept for offline use here', error)
  }
}

/** With a real feed: drop the demo's offline copy and MSW's old worker, if a demo left them. */
export function forgetDemoOffline() {
  if (!('serviceWorker' in navigator)) return
  whenIdle(() => {
    void navigator.serviceWorker
      .getRegistrations()
      .then((registrations) =>
        registrations.forEach((registration) => {
          const script = registration.active?.scriptURL ?? ''
          if (script.endsWith(workerFile) || script.endsWith(oldWorkerFile))
            void registration.unregister().catch(unlessStorageDenied)
        }),
      )
      .catch(unlessStorageDenied)
    if ('caches' in window) void caches.delete(cacheName).catch(unlessStorageDenied)
  })
}

/**
 * Where the browser denies the page its storage (a cross-site frame with third-party cookies
 * blocked), listing workers fails with a NotSupportedError ("The user denied permission to use
 * Service Worker") and opening caches with a SecurityError: no demo can have left a copy there, so
 * there is nothing to drop. Any other failure is still thrown.
 */
function unlessStorageDenied(error: unknown) {
  const denied = ['NotSupportedError', 'SecurityError']
  if (error instanceof DOMException && denied.includes(error.name)) return
  throw error
}
