// The page-load bench's second reference: the static page's first screen rendered by React
// (scripts/bench/react-first-screen-page.tsx), built here on its own so the dashboard's dist/ is untouched.
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import react from '@vitejs/plugin-react'
import { buildStylesheet, firstScreenBody } from './static-first-screen.mjs'

/**
 * Builds the page into a new folder; returns it and the page's HTML, which links the build's
 * stylesheet from `../assets/` (the folder is served beside the build's own).
 */
export async function buildReactFirstScreen(distDir) {
  const outDir = mkdtempSync(join(tmpdir(), 'ttm-react-first-screen-'))
  await build({
    configFile: false,
    root: resolve('.'),
    logLevel: 'warn',
    plugins: [react()],
    define: { FIRST_SCREEN_BODY: JSON.stringify(firstScreenBody()) },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: resolve('scripts/bench/react-first-screen-page.tsx') },
    },
  })
  const script = readdirSync(join(outDir, 'assets')).find((name) => name.endsWith('.js'))
  const html = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Trade Talks Monitor (React reference)</title><link rel="stylesheet" href="./assets/${buildStylesheet(distDir)}">
<script type="module" src="./react-first-screen/assets/${script}"></script></head>
<body><div id="root"></div></body></html>`
  return { outDir, html }
}
