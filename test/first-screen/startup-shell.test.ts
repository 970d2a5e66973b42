import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startupShellHtml } from '../../scripts/lib/startup-shell-html'
import {
  markKioskEarly,
  showStartupShell,
  startupShellShown,
} from '../../src/first-screen/startup-shell'

// index.html as the build writes it: the shell (hidden) and the note for pages whose scripts are refused.
function buildIndexHtml() {
  // The build's own markup, not feed text.
  // eslint-disable-next-line no-restricted-syntax
  document.body.innerHTML = `<div id="root"><div id="startup-shell" hidden>${startupShellHtml()}</div><div class="startup-fallback" role="alert">could not start here</div></div>`
}

// A test DOM has no matchMedia: the window is a desk's or a phone's as the test says.
const windowWidth = (desk: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: desk, media: query }))

beforeEach(() => {
  localStorage.clear()
  window.history.replaceState(null, '', '/')
  buildIndexHtml()
})
afterEach(() => vi.unstubAllGlobals())

const grid = () => document.querySelector<HTMLElement>('[data-desk-grid]')

describe("index.html's start-up shell", () => {
  it('carries no style attribute (the CSP refuses them) and is hidden until the first chunk shows it', () => {
    expect(startupShellHtml()).not.toMatch(/\sstyle=/)
    expect(startupShellShown()).toBe(false)
  })

  it('is shown on a desk with the styles it carries, at the layout of the URL or the one remembered', () => {
    windowWidth(true)
    window.history.replaceState(null, '', '/?layout=30-30-40')
    expect(showStartupShell()).toBe(true)
    expect(startupShellShown()).toBe(true)
    expect(grid()?.style.gridTemplateColumns).toContain('30fr')
    expect(grid()?.style.gridTemplateColumns).toContain('40fr')
    expect(document.querySelector<HTMLElement>('.skeleton')?.style.height).toBe('1.25rem')
    expect(document.querySelector('.startup-fallback')).toBeNull()

    buildIndexHtml()
    window.history.replaceState(null, '', '/')
    localStorage.setItem('ttm:desk-layout', '20-20-60')
    expect(showStartupShell()).toBe(true)
    expect(grid()?.style.gridTemplateColumns).toContain('60fr')
  })

  it('goes, for React to draw the frame, on a phone or where a region is folded', () => {
    windowWidth(false)
    expect(showStartupShell()).toBe(false)
    expect(document.getElementById('startup-shell')).toBeNull()
    expect(document.querySelector('.startup-fallback')).not.toBeNull()

    buildIndexHtml()
    windowWidth(true)
    localStorage.setItem('ttm:desk-layout', '27-28c-45')
    expect(showStartupShell()).toBe(false)
    expect(document.getElementById('startup-shell')).toBeNull()
  })
})

describe('a wall screen (?kiosk)', () => {
  afterEach(() => document.documentElement.removeAttribute('data-kiosk'))

  it('has its larger type before the first paint, as the app will set it', () => {
    markKioskEarly(new URLSearchParams('kiosk'))
    expect(document.documentElement.dataset.kiosk).toBe('')
  })

  it('is not one with ?kiosk=0 or without the parameter', () => {
    markKioskEarly(new URLSearchParams('kiosk=0'))
    markKioskEarly(new URLSearchParams('view=quotes'))
    expect(document.documentElement.hasAttribute('data-kiosk')).toBe(false)
  })
})
