import './index.css'
import { fetchConfig } from './config/fetch-config'
import { prepareSnapshot, showSnapshot } from './first-screen/show-snapshot'
import {
  dropStartupShell,
  markKioskEarly,
  showStartupShell,
  startupShellShown,
} from './first-screen/startup-shell'
import { warmIntl } from './first-screen/warm-intl'
import { firstContentPainted } from './lib/first-content-painted'

// The page's first chunk is small: it asks for config.json (preloaded by index.html) and, with the
// same config.json and URL as a visit before, paints that visit's last screen before React has
// loaded; on a first visit, the start-up shell index.html carries. React and the app load once that
// screen is painted, so that their code does not hold up its frame. Where neither fits (a phone, a
// folded region), React paints the shell first and the app follows (start-page.tsx).
const config = fetchConfig()
config.catch(() => undefined) // read (and its failure shown) by boot
const prepared = prepareSnapshot()
const snapshotShown = prepared
  ? config.then(({ text }) => showSnapshot(prepared, text)).catch(() => false)
  : Promise.resolve(false)
markKioskEarly()
// Before the kept screen is shown: it gives way at the first change in the app's root.
if (prepared) dropStartupShell()
else showStartupShell()
// config.json slow to come: the page goes on as on any first visit, rather than stay empty.
const decided = Promise.race([snapshotShown, new Promise((done) => setTimeout(done, 300))])
void decided
  .then(async (shown) => {
    if (shown !== true && !startupShellShown()) return import('./app/start-page')
    // A screen is painted without React: the app's code loads beside React's, not after it.
    await firstContentPainted(300)
    const chunks = Promise.all([import('./app/start-page'), import('./app/boot')])
    setTimeout(warmIntl)
    const [startPage] = await chunks
    return startPage
  })
  .then(({ startPage }) => startPage(config, snapshotShown))
