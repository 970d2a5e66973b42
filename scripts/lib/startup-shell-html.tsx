// The start-up shell as static HTML, for index.html (the vite.config.ts plugin puts it there): the
// page's frame paints with the stylesheet, before any script has run. Its inline styles are
// carried as data (the documented Content-Security-Policy refuses style attributes in parsed
// HTML); src/first-screen/startup-shell.ts sets them through the style object when it shows it.
import { renderToStaticMarkup } from 'react-dom/server'
import { ShellFrame } from '../../src/app/startup-screens'
import { defaultLayout } from '../../src/hooks/desk-layout'

export function startupShellHtml(): string {
  return renderToStaticMarkup(<ShellFrame layout={defaultLayout} />).replaceAll(
    ' style="',
    ' data-snap-style="',
  )
}
