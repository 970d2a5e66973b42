import { createRoot } from 'react-dom/client'
import './index.css'
import { StartupShell } from './app/startup-screens'
import { fetchConfig } from './config/fetch-config'
import { prepareSnapshot, showSnapshot, type PreparedSnapshot } from './first-screen/show-snapshot'

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const root = createRoot(container)
// The shell paints first, with React alone; the app, its data layer and the feed load once that
// first content is painted, so none of their bytes stand before it. A page that is not painted (an
// iframe below the fold of a portal, a background tab) starts on a timer instead.
// With the same config.json and URL as a visit before, that visit's last screen paints instead.
const snapshot = prepareSnapshot()
// config.json is asked for now, not once the app's code has loaded: it is there when the app starts.
const config = fetchConfig()
config.catch(() => undefined) // read (and its failure shown) by boot
if (snapshot) paintSnapshotOrShell(snapshot)
else root.render(<StartupShell />)

function paintSnapshotOrShell(prepared: PreparedSnapshot) {
  let painted = false
  const shell = () => {
    if (painted) return
    painted = true
    root.render(<StartupShell />)
  }
  void config.then(({ text }) => {
    if (painted) return
    painted = showSnapshot(prepared, text)
    shell()
  }, shell)
  // config.json slow to come: the shell, as on any first visit, rather than an empty page.
  setTimeout(shell, 300)
}
let started = false
const start = () => {
  if (started) return
  started = true
  void import('./app/boot').then(({ boot }) => boot(root, config))
}
function startAfterFirstPaint() {
  if (document.visibilityState === 'hidden' || !('PerformanceObserver' in window)) return start()
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return
    observer.disconnect()
    start()
  })
  observer.observe({ type: 'paint', buffered: true })
  setTimeout(start, 600)
}
startAfterFirstPaint()
