import { createRoot } from 'react-dom/client'
import './index.css'
import { StartupShell } from './app/startup-screens'

const container = document.getElementById('root')
if (!container) throw new Error('#root is missing from index.html')
const root = createRoot(container)
// The shell paints first, with React alone; the app, its data layer and the feed load after that
// paint (two animation frames), so none of their bytes stand before the first content. A page that
// is not painted gets no animation frames (an iframe below the fold of a cross-site portal, a
// background tab): a timer starts it there.
root.render(<StartupShell />)
let started = false
const start = () => {
  if (started) return
  started = true
  void import('./app/boot').then(({ boot }) => boot(root))
}
requestAnimationFrame(() => requestAnimationFrame(start))
setTimeout(start, 100)
