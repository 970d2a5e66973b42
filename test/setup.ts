import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { server } from '../mocks/node'

// jsdom has no layout: give observed elements a fixed size so charts and virtual lists render.
class FixedSizeResizeObserver {
  private callback: ResizeObserverCallback
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback
  }
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 }
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect }, borderBoxSize: [{ inlineSize: 800, blockSize: 400 }], contentBoxSize: [{ inlineSize: 800, blockSize: 400 }], devicePixelContentBoxSize: [] } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    )
  }
  unobserve() {}
  disconnect() {}
}

// findBy and waitFor wait for a condition; this is only how long before they give up, stretched on
// a busy machine (vite.config.ts measures it).
configure({ asyncUtilTimeout: 5000 * Math.max(1, Number(process.env.TTM_TIME_SCALE) || 1) })

if (typeof window !== 'undefined') {
  // jsdom has no modal dialogs: open and close them as the browser would, without the top layer.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
  globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  if (typeof window !== 'undefined') {
    window.history.replaceState(null, '', '/')
    window.localStorage.clear()
  }
})
afterAll(() => server.close())
