/// <reference types="vitest/config" />
import { defineConfig, runnerImport } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { fileURLToPath } from 'node:url'
import { timeScale } from './scripts/lib/time-scale.mjs'

export default defineConfig(({ mode }) => {
  // Upper bounds only, stretched on a busy machine; tests wait for conditions, never for time.
  const scale = mode === 'test' ? timeScale() : 1
  return {
    // Relative asset paths: dist/ works unchanged under any sub-path.
    base: './',
    plugins: [
      react(),
      tailwindcss(),
      {
        // index.html carries the start-up shell, rendered from the app's own component.
        name: 'startup-shell',
        async transformIndexHtml(html: string) {
          const { module } = await runnerImport<typeof import('./scripts/lib/startup-shell-html')>(
            './scripts/lib/startup-shell-html.tsx',
            { configFile: false, logLevel: 'error' },
          )
          return html.replace('<!-- startup shell -->', module.startupShellHtml())
        },
      },
    ],
    resolve: {
      alias: [
        // The demo feed uses no cookies: drop msw's cookie jar from the browser build (see the stub).
        ...(mode === 'test'
          ? []
          : [
              {
                find: /^tough-cookie$/,
                replacement: fileURLToPath(
                  new URL('./mocks/tough-cookie-stub.ts', import.meta.url),
                ),
              },
            ]),
      ],
    },
    server: { port: 5173, strictPort: false },
    preview: { port: 4173 },
    build: { target: 'es2022', sourcemap: false },
    test: {
      environment: 'jsdom',
      setupFiles: ['./test/setup.ts'],
      include: ['test/**/*.test.{ts,tsx}'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      reporters: ['default'],
      testTimeout: 20_000 * scale,
      hookTimeout: 20_000 * scale,
      env: { TTM_TIME_SCALE: String(scale) },
    },
  }
})
