import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import { loadConfig } from '../config/load-config'
import { holdFeedUntil } from '../feed/feed-gate'
import { App } from './app'
import { applyTheme } from './apply-theme'
import { createRuntime } from './runtime'
import { ConfigErrorScreen } from './startup-screens'

/** Reads config.json, starts the demo feed if no feed is configured, and renders the dashboard. */
export async function boot(root: Root) {
  let loaded
  try {
    loaded = await loadConfig()
  } catch (error) {
    root.render(<ConfigErrorScreen message={error instanceof Error ? error.message : String(error)} />)
    return
  }
  loaded.warnings.forEach((warning) => console.warn(warning))
  applyTheme(loaded.config)
  const runtime = createRuntime(loaded.config)
  if (runtime.demo) {
    // The mocks are their own chunk, loaded only in demo mode; the shell paints without them.
    holdFeedUntil(
      import('../../mocks/browser')
        .then(({ startDemoWorker }) => startDemoWorker())
        .catch((error: unknown) => console.error('The demo feed could not start', error)),
    )
  }
  root.render(
    <StrictMode>
      <App runtime={runtime} />
    </StrictMode>,
  )
}
