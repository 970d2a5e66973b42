// First: schemas must be built with zod's eval-free parsing (see zod-config.ts).
import './zod-config'
import { startTransition, StrictMode, useEffect } from 'react'
import type { Root } from 'react-dom/client'
import { loadConfig } from '../config/load-config'
import type { ConfigAnswer } from '../config/fetch-config'
import { setDemoTransport } from '../feed/feed-gate'
import { App, createAppQueryClient } from './app'
import { prefetchDashboard } from './prefetch-feed'
import { createFirstAnswersGate } from './first-answers-gate'
import { readChrome } from '../hooks/chrome-context'
import { applyTheme } from './apply-theme'
import { createRuntime } from './runtime'
import { ConfigErrorScreen } from './startup-screens'
import { readViewOptions, withUrlOverrides } from './view-options'
import { urlParamWarnings, withFeedOverride } from './url-params'
import { forgetDemoOffline, keepDemoOffline } from './offline-demo'
import { dropSnapshot, shownSnapshot } from '../first-screen/show-snapshot'
import { keepSnapshots } from '../first-screen/keep-snapshot'
import { oldestFeedAnswer } from './oldest-feed-answer'

/** How long the first render waits for the feed's first answers. */
const firstAnswersWaitMs = 500

/**
 * Reads config.json (the answer to `configAnswer`, a request main.tsx made), starts the demo feed if no
 * feed is configured, and renders the dashboard.
 */
export async function boot(root: Root, configAnswer?: Promise<ConfigAnswer>) {
  let loaded
  try {
    loaded = await loadConfig(configAnswer)
  } catch (error) {
    root.render(
      <ConfigErrorScreen message={error instanceof Error ? error.message : String(error)} />,
    )
    return
  }
  loaded.warnings.forEach((warning) => console.warn(warning))
  const search = new URLSearchParams(window.location.search)
  const options = readViewOptions(search)
  urlParamWarnings(search, loaded.config).forEach((warning) => console.warn(warning))
  const config = withFeedOverride(withUrlOverrides(loaded.config, options), search)
  const runtime = createRuntime(config)
  // The snapshot main.tsx painted belongs to this config and URL; if the feed still differs, it
  // goes, and <html> is as before it, before the theme and kiosk mode are set on it below.
  const snapshot = shownSnapshot()
  if (snapshot && (runtime.demo || snapshot.feedBaseUrl !== runtime.feedBaseUrl))
    dropSnapshot({ restore: true })
  applyTheme(config)
  if (options.kiosk) document.documentElement.dataset.kiosk = ''
  if (runtime.demo) {
    // The demo feed is its own chunk, loaded only in demo mode; the shell paints without it, and
    // feed requests wait for it (they are answered in the page, never by the network).
    setDemoTransport(
      import('../../mocks/browser').then(({ createDemoTransport }) => createDemoTransport()),
    )
    keepDemoOffline()
  } else {
    forgetDemoOffline()
  }
  const client = createAppQueryClient(runtime, options)
  if (!runtime.demo && configAnswer) {
    const { feedBaseUrl } = runtime
    void configAnswer.then(({ text }) =>
      keepSnapshots({
        configText: text,
        feedBaseUrl,
        dataTime: () => oldestFeedAnswer(client, feedBaseUrl),
      }),
    )
  }
  const gate = createFirstAnswersGate()
  if (readChrome(search).view === 'dashboard') {
    const answered = prefetchDashboard(client, runtime.feedBaseUrl, gate)
    // The first render waits a moment for a real feed's first answers: rendered with them, it is
    // one render that React splits, instead of a render of empty panels and then one long task
    // when they come (first-answers-gate.ts); the start-up shell stays on screen meanwhile. No wait
    // under a kept screen of the last visit (the cached answers render at once), nor for the demo
    // feed, which loads its own chunk first (waited for, its LCP went from 1.2 to 1.7 s).
    if (!runtime.demo && !shownSnapshot())
      await Promise.race([answered, new Promise((done) => setTimeout(done, firstAnswersWaitMs))])
  }
  gate.rendering()
  // A transition: React renders the whole page in slices, yielding to the browser between them,
  // while the shell stays on screen; one long task otherwise.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App runtime={runtime} options={options} client={client} />
        <OnCommit done={gate.committed} />
      </StrictMode>,
    ),
  )
}

/** Calls `done` once its render is committed. */
function OnCommit({ done }: { done: () => void }) {
  useEffect(done, [done])
  return null
}
