import './index.css'
import { fetchConfig } from './config/fetch-config'
import { prepareSnapshot, showSnapshot } from './first-screen/show-snapshot'
import { firstContentPainted } from './lib/first-content-painted'

// The page's first chunk is small: it asks for config.json (preloaded by index.html) and, with the
// same config.json and URL as a visit before, paints that visit's last screen before React has
// loaded. React, the start-up shell and then the app follow (start-page.tsx), once that screen is
// painted, so that their code does not hold up its frame.
const config = fetchConfig()
config.catch(() => undefined) // read (and its failure shown) by boot
const prepared = prepareSnapshot()
const snapshotShown = prepared
  ? config.then(({ text }) => showSnapshot(prepared, text)).catch(() => false)
  : Promise.resolve(false)
// config.json slow to come: the page goes on as on any first visit, rather than stay empty.
const decided = Promise.race([snapshotShown, new Promise((done) => setTimeout(done, 300))])
void decided
  .then((shown) => (shown === true ? firstContentPainted(300) : undefined))
  .then(() => import('./app/start-page'))
  .then(({ startPage }) => startPage(config, snapshotShown))
