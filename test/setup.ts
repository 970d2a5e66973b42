import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import fc from 'fast-check'
import { server } from '../mocks/node'

// Property tests draw the same inputs on every run, so the suite passes or fails alike on every
// machine and every run. FC_SEED=<n> draws another set; FC_SEED=random a new one each run (a
// failure prints its seed, which replays it).
const seed = process.env.FC_SEED ?? '20250610'
fc.configureGlobal(seed === 'random' ? {} : { seed: Number(seed) })

// jsdom has no layout: give observed elements a fixed size so charts and virtual lists render. The
// timeline's entries (data-entry-kind) are short, so its 400 px scroller holds a small test feed's
// entries, and a long feed's still leaves most out. The size is given inside `observe`, which a
// browser never does: a virtual list observed while React commits then renders inside that commit,
// and React warns "flushSync was called from inside a lifecycle method". That warning, from there
// only, is this stand-in's and is not printed; from anywhere else it is.
let givingSize = false
const printError = console.error
console.error = (...args: unknown[]) => {
  if (givingSize && String(args[0]).startsWith('flushSync was called from inside')) return
  printError(...args)
}
class FixedSizeResizeObserver {
  private callback: ResizeObserverCallback
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback
  }
  observe(target: Element) {
    const height = target.hasAttribute('data-entry-kind') ? 20 : 400
    const rect = { width: 800, height, top: 0, left: 0, bottom: height, right: 800, x: 0, y: 0 }
    givingSize = true
    try {
      this.callback(
        [
          {
            target,
            contentRect: { ...rect, toJSON: () => rect },
            borderBoxSize: [{ inlineSize: 800, blockSize: height }],
            contentBoxSize: [{ inlineSize: 800, blockSize: height }],
            devicePixelContentBoxSize: [],
          } as unknown as ResizeObserverEntry,
        ],
        this as unknown as ResizeObserver,
      )
    } finally {
      givingSize = false
    }
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
  // jsdom does not scroll: scrollTo sets the offset and fires "scroll" as the browser would, so a
  // virtual list scrolled to an entry renders it. Afterwards, as a browser does, never inside the
  // call: a list that scrolls itself while React commits would otherwise render inside the commit.
  Element.prototype.scrollTo ??= function (
    this: Element,
    options?: ScrollToOptions | number,
    y?: number,
  ) {
    const top = typeof options === 'number' ? y : options?.top
    const left = typeof options === 'number' ? options : options?.left
    if (top !== undefined) this.scrollTop = top
    if (left !== undefined) this.scrollLeft = left
    queueMicrotask(() => this.dispatchEvent(new Event('scroll')))
  } as Element['scrollTo']
  // A scroller's content is as tall as its children say (a virtual list sets its height inline;
  // a note beside it, none).
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      let height = 0
      for (const child of this.children)
        if (child instanceof HTMLElement) height += Number.parseFloat(child.style.height) || 0
      return height
    },
  })
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
