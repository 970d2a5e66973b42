import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

/** Starts the demo feed in the browser: the fixtures answer at the feed's own paths. */
export async function startDemoWorker() {
  const worker = setupWorker(...handlers)
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  return worker
}
