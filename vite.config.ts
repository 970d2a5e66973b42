/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { fileURLToPath } from 'node:url'

export default defineConfig(({ mode }) => ({
  // Relative asset paths: dist/ works unchanged under any sub-path.
  base: './',
  plugins: [react(), tailwindcss()],
  // The demo feed uses no cookies: drop msw's cookie jar from the browser build (see the stub).
  resolve: {
    alias:
      mode === 'test'
        ? []
        : [{ find: /^tough-cookie$/, replacement: fileURLToPath(new URL('./mocks/tough-cookie-stub.ts', import.meta.url)) }],
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
    testTimeout: 15000,
  },
}))
