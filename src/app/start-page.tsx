import { createRoot } from 'react-dom/client'
import type { ConfigAnswer } from '../config/fetch-config'
import { startupShellShown } from '../first-screen/startup-shell'
import { firstContentPainted } from '../lib/first-content-painted'
import { StartupShell } from './startup-screens'

/**
 * The shell paints first, with React alone (unless the kept last screen is painted instead); the
 * app, its data layer and the feed load once that first content is painted, so none of their bytes
 * stand before it (issue 15: at most 100 KB of JS before first content). A page that is not painted
 * (an iframe below the fold of a portal, a background tab) starts on a timer instead.
 */
export function startPage(config: Promise<ConfigAnswer>, snapshotShown: Promise<boolean>) {
  const container = document.getElementById('root')
  if (!container) throw new Error('#root is missing from index.html')
  const root = createRoot(container)
  // Still undecided (config.json slow to come): the shell, as on any first visit, unless
  // index.html's own is on screen.
  void Promise.race([snapshotShown, Promise.resolve(false)]).then((shown) => {
    if (!shown && !startupShellShown()) root.render(<StartupShell />)
  })

  void firstContentPainted(600)
    .then(() => import('./boot'))
    .then(({ boot }) => boot(root, config))
}
