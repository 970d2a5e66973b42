import { createRoot } from 'react-dom/client'
import './index.css'
import { StartupShell } from './app/startup-screens'
import { fetchConfig } from './config/fetch-config'

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const root = createRoot(container)
// The shell paints first, with React alone; the app, its data layer and the feed load once that
// first content is painted, so none of their bytes stand before it. A page that is not painted (an
// iframe below the fold of a portal, a background tab) starts on a timer instead.
root.render(<StartupShell />)
// config.json is asked for now, not once the app's code has loaded: it is there when the app starts.
const config = fetchConfig()
config.catch(() => undefined) // read (and its failure shown) by boot
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
