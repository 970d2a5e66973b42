import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  keepSnapshots,
  saveSnapshot,
  type KeepSnapshotOptions,
} from '../../src/first-screen/keep-snapshot'
import { dropSnapshot, prepareSnapshot, showSnapshot } from '../../src/first-screen/show-snapshot'
import {
  snapshotMaxAgeMs,
  snapshotMaxChars,
  snapshotStorageKey,
} from '../../src/first-screen/snapshot-record'

// Test data: a made-up page standing in for the dashboard's root.
const configText = '{"feedUrl":"./feed/"}'
const dataTime = Date.UTC(2025, 5, 10, 8, 5)
const savedAt = dataTime + 60_000
const keep = (overrides: Partial<KeepSnapshotOptions> = {}): KeepSnapshotOptions => ({
  configText,
  feedBaseUrl: 'https://feeds.example.test/talks/',
  dataTime: () => dataTime,
  ...overrides,
})

function buildPage(quote = 'Talks were <b>"constructive"</b> & long') {
  const root = document.createElement('div')
  root.id = 'root'
  const header = document.createElement('header')
  const status = document.createElement('span')
  status.dataset.refreshStatus = ''
  const text = document.createElement('span')
  text.textContent = 'updated 12 s ago'
  status.append(text)
  header.append(status)
  const label = document.createElement('h2')
  label.id = 'quotes-title'
  label.textContent = 'Quote wall'
  const section = document.createElement('section')
  section.setAttribute('aria-labelledby', 'quotes-title')
  const card = document.createElement('blockquote')
  card.textContent = quote
  card.style.height = '42px'
  const live = document.createElement('p')
  live.setAttribute('role', 'status')
  live.textContent = '12 of 12 quotes'
  section.append(label, card, live)
  const dialog = document.createElement('div')
  dialog.setAttribute('role', 'dialog')
  dialog.textContent = 'Share / embed'
  root.append(header, section, dialog)
  document.body.append(root)
  return root
}

const snapshotElement = () => document.getElementById('first-screen-snapshot')

beforeEach(() => {
  localStorage.clear()
  document.body.replaceChildren()
  document.documentElement.removeAttribute('data-theme')
  document.documentElement.removeAttribute('data-snapshot')
})
afterEach(() => dropSnapshot())

describe('the last first screen, kept and painted again', () => {
  it('paints the kept screen for the same config, marked as a cached copy, with its styles, inert', () => {
    buildPage()
    document.documentElement.dataset.theme = 'dark'
    saveSnapshot(keep(), savedAt)
    document.body.replaceChildren()
    document.documentElement.removeAttribute('data-theme')
    const root = document.createElement('div')
    root.id = 'root'
    document.body.append(root)

    const prepared = prepareSnapshot(savedAt + 5_000)
    expect(prepared).not.toBeNull()
    expect(showSnapshot(prepared!, configText)).toBe(true)
    const shown = snapshotElement()!
    expect(shown.nextElementSibling).toBe(root)
    expect(shown.getAttribute('aria-hidden')).toBe('true')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(document.documentElement.dataset.snapshot).toBe('')
    // Feed text stays text: the markup in it is neither parsed nor run.
    expect(shown.querySelector('blockquote')!.textContent).toBe(
      'Talks were <b>"constructive"</b> & long',
    )
    expect(shown.querySelector('b')).toBeNull()
    expect(shown.querySelector<HTMLElement>('blockquote')!.style.height).toBe('42px')
    expect(shown.querySelector('[style]')?.getAttribute('style')).toContain('height')
    expect(shown.querySelector('[data-refresh-status]')!.textContent).toMatch(
      /^cached \d\d:\d\d \S+, refreshing…$/,
    )
    // No ids to clash with the app's own page, no live region to announce a copy.
    expect(shown.querySelector('[id]')).toBeNull()
    expect(shown.querySelector('[aria-labelledby]')).toBeNull()
    expect(shown.querySelector('[role="status"]')).toBeNull()
    // A dialog left open is not part of the screen.
    expect(shown.textContent).not.toContain('Share / embed')
  })

  it('paints the controls as the viewer left them: the zone chosen, a box ticked, the search typed', () => {
    const root = buildPage()
    const zone = document.createElement('select')
    for (const value of ['', 'Europe/London', 'Asia/Shanghai']) {
      const option = document.createElement('option')
      option.value = value
      option.textContent = value || 'Your zone'
      zone.append(option)
    }
    const follow = document.createElement('input')
    follow.type = 'checkbox'
    const search = document.createElement('input')
    search.type = 'search'
    root.append(zone, follow, search)
    // As React sets them: properties, not attributes.
    zone.value = 'Asia/Shanghai'
    follow.checked = true
    search.value = 'rare earths'
    saveSnapshot(keep(), savedAt)
    document.body.replaceChildren()
    const appRoot = document.createElement('div')
    appRoot.id = 'root'
    document.body.append(appRoot)

    showSnapshot(prepareSnapshot(savedAt)!, configText)
    const shown = snapshotElement()!
    expect(shown.querySelector('select')!.value).toBe('Asia/Shanghai')
    expect(shown.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true)
    expect(shown.querySelector<HTMLInputElement>('input[type="search"]')!.value).toBe('rare earths')
  })

  it('paints nothing that could run or load from a kept copy that was tampered with', () => {
    buildPage()
    saveSnapshot(keep(), savedAt)
    const key = snapshotStorageKey()
    const record = JSON.parse(localStorage.getItem(key)!) as { html: string }
    record.html +=
      '<script>window.ran = true</script><iframe srcdoc="<p>x</p>"></iframe>' +
      '<img src="https://elsewhere.example/x.png" onerror="window.ran = true">' +
      '<div onclick="window.ran = true" data-snap-style="background: url(https://elsewhere.example/y.png)">tampered</div>' +
      '<svg><image href="https://elsewhere.example/z.png"></image></svg><input type="image" src="https://elsewhere.example/i.png">'
    localStorage.setItem(key, JSON.stringify(record))

    showSnapshot(prepareSnapshot(savedAt)!, configText)
    const shown = snapshotElement()!
    expect(shown.textContent).toContain('tampered')
    expect(shown.querySelectorAll('script, iframe, img, image, input[type="image"]')).toHaveLength(
      0,
    )
    expect(shown.querySelectorAll('[onclick], [onerror], [srcdoc]')).toHaveLength(0)
    // Nothing left that the browser would fetch: no source, no style with a url().
    expect(shown.querySelectorAll('[src], [style*="url("]')).toHaveLength(0)
  })

  it('paints the charts in the frames after the words, each in a box of the height it had', async () => {
    const root = buildPage()
    const charts = ['S&P 500', 'Brent'].map((name) => {
      const card = document.createElement('article')
      card.dataset.paintLater = 'true'
      const title = document.createElement('h3')
      title.textContent = name
      const plot = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
      plot.setAttribute('class', 'recharts-surface')
      card.append(title, plot)
      card.getBoundingClientRect = () => new DOMRect(0, 300, 320, 318)
      root.append(card)
      return card
    })
    saveSnapshot(keep(), savedAt)
    const key = snapshotStorageKey()
    const record = JSON.parse(localStorage.getItem(key)!) as { later: string[] }
    expect(record.later).toHaveLength(charts.length)
    // A tampered later part is read back as carefully as the rest.
    record.later[1] +=
      '<img src="https://elsewhere.example/x.png"><b onclick="window.ran = 1">b</b>'
    localStorage.setItem(key, JSON.stringify(record))

    showSnapshot(prepareSnapshot(savedAt)!, configText)
    const shown = snapshotElement()!
    // First painted: the words, and empty boxes that hold the charts' place.
    expect(shown.textContent).toContain('Talks were')
    expect(shown.textContent).not.toContain('S&P 500')
    const boxes = shown.querySelectorAll<HTMLElement>('article')
    expect(boxes).toHaveLength(2)
    for (const box of boxes) {
      expect(box.childElementCount).toBe(0)
      expect(box.style.minHeight).toBe('318px')
    }
    await vi.waitFor(() => expect(shown.querySelectorAll('.recharts-surface')).toHaveLength(2))
    expect(shown.textContent).toContain('S&P 500')
    expect(shown.textContent).toContain('Brent')
    expect(shown.querySelectorAll('img, [onclick]')).toHaveLength(0)
  })

  it('lays out what was out of view only when scrolled to, at the size it had', () => {
    const root = buildPage()
    const below = document.createElement('article')
    below.textContent = 'Hang Seng Tech chart'
    const inside = document.createElement('p')
    inside.textContent = 'below too'
    below.append(inside)
    root.append(below)
    below.getBoundingClientRect = () => new DOMRect(0, window.innerHeight + 40, 320, 188)
    inside.getBoundingClientRect = () => new DOMRect(0, window.innerHeight + 60, 300, 20)
    root.querySelector('blockquote')!.getBoundingClientRect = () => new DOMRect(0, 100, 320, 42)
    saveSnapshot(keep(), savedAt)
    showSnapshot(prepareSnapshot(savedAt)!, configText)
    const shown = snapshotElement()!
    const article = shown.querySelector<HTMLElement>('article')!
    expect(article.style.getPropertyValue('content-visibility')).toBe('auto')
    expect(article.style.getPropertyValue('contain-intrinsic-size')).toContain('188px')
    expect(shown.querySelector<HTMLElement>('article p')!.getAttribute('style')).toBeNull()
    expect(shown.querySelector<HTMLElement>('blockquote')!.style.contentVisibility).toBe('')
  })

  it('gives way as soon as the app has its first screen with nothing loading', async () => {
    buildPage()
    saveSnapshot(keep(), savedAt)
    document.body.replaceChildren()
    const root = document.createElement('div')
    root.id = 'root'
    document.body.append(root)
    showSnapshot(prepareSnapshot(savedAt)!, configText)

    const skeleton = document.createElement('div')
    skeleton.dataset.loading = ''
    skeleton.getBoundingClientRect = () => new DOMRect(0, 100, 400, 200)
    root.append(skeleton)
    await new Promise((done) => requestAnimationFrame(done))
    await new Promise((done) => requestAnimationFrame(done))
    expect(snapshotElement()).not.toBeNull()

    skeleton.replaceWith(document.createElement('main'))
    await expect.poll(() => snapshotElement()).toBeNull()
    expect(document.documentElement.dataset.snapshot).toBeUndefined()
  })

  it('is never painted for another config.json, URL, screen size, build or an old copy', () => {
    buildPage()
    saveSnapshot(keep(), savedAt)
    const prepared = prepareSnapshot(savedAt)!
    expect(showSnapshot(prepared, '{"feedUrl":"./other-feed/"}')).toBe(false)
    expect(snapshotElement()).toBeNull()

    expect(prepareSnapshot(savedAt + snapshotMaxAgeMs + 1)).toBeNull()
    expect(prepareSnapshot(savedAt - 1)).toBeNull()

    const stored = JSON.parse(localStorage.getItem(snapshotStorageKey())!)
    const variants = [
      { search: '?view=quotes' },
      { width: stored.width + 2 },
      { height: stored.height - 2 },
      { build: 'http://localhost/assets/index-other.css' },
      { version: 'feed-2/cache-1/snapshot-1' },
      { html: 42 },
    ]
    for (const variant of variants) {
      localStorage.setItem(snapshotStorageKey(), JSON.stringify({ ...stored, ...variant }))
      expect(prepareSnapshot(savedAt), JSON.stringify(variant)).toBeNull()
    }
    localStorage.setItem(snapshotStorageKey(), JSON.stringify(stored))
    expect(prepareSnapshot(savedAt)).not.toBeNull()
  })

  it('keeps nothing while the data on screen is missing or failed, or a part is still loading', () => {
    const root = buildPage()
    saveSnapshot(keep({ dataTime: () => null }), savedAt)
    expect(localStorage.getItem(snapshotStorageKey())).toBeNull()

    const skeleton = document.createElement('div')
    skeleton.dataset.loading = ''
    skeleton.getBoundingClientRect = () => new DOMRect(0, 10, 300, 40)
    root.append(skeleton)
    saveSnapshot(keep(), savedAt)
    expect(localStorage.getItem(snapshotStorageKey())).toBeNull()

    // Loading below the fold does not count: the first screen is whole.
    skeleton.getBoundingClientRect = () => new DOMRect(0, window.innerHeight + 10, 300, 40)
    saveSnapshot(keep(), savedAt)
    expect(localStorage.getItem(snapshotStorageKey())).not.toBeNull()
  })

  it('keeps the screen when the viewer hides or leaves the page, once for both', () => {
    buildPage()
    const stop = keepSnapshots(keep())
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    try {
      document.dispatchEvent(new Event('visibilitychange'))
      window.dispatchEvent(new Event('pagehide'))
      expect(setItem).toHaveBeenCalledTimes(1)
      expect(prepareSnapshot(Date.now())).not.toBeNull()
    } finally {
      stop()
      setItem.mockRestore()
      Reflect.deleteProperty(document, 'visibilityState')
    }
  })

  it('keeps the screen ahead once the page is quiet, so that leaving it has nothing left to do', async () => {
    vi.useFakeTimers()
    const root = buildPage()
    const elapsed = document.createElement('span')
    elapsed.dataset.ticks = ''
    root.querySelector('header')!.append(elapsed)
    const stop = keepSnapshots(keep())
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const kept = () => JSON.parse(localStorage.getItem(snapshotStorageKey()) ?? 'null')?.html ?? ''
    const hide = () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
      document.dispatchEvent(new Event('visibilitychange'))
      window.dispatchEvent(new Event('pagehide'))
      Reflect.deleteProperty(document, 'visibilityState')
    }
    try {
      expect(setItem).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(3_000)
      expect(setItem).toHaveBeenCalledTimes(1)
      expect(kept()).toContain('constructive')

      // The status and the seconds of a running session tick; the kept screen is not out of date.
      root.querySelector('[data-refresh-status] span')!.textContent = 'updated 13 s ago'
      elapsed.textContent = '1 h 05 min 09 s'
      await vi.advanceTimersByTimeAsync(3_000)
      hide()
      expect(setItem).toHaveBeenCalledTimes(1)

      // A change just before leaving is kept on the way out.
      root.querySelector('blockquote')!.textContent = 'A new quote'
      await vi.advanceTimersByTimeAsync(0)
      hide()
      expect(setItem).toHaveBeenCalledTimes(2)
      expect(kept()).toContain('A new quote')
    } finally {
      stop()
      setItem.mockRestore()
      vi.useRealTimers()
    }
  })

  it('does not keep a screen over the size cap, and forgets the one before it', () => {
    buildPage()
    saveSnapshot(keep(), savedAt)
    expect(localStorage.getItem(snapshotStorageKey())).not.toBeNull()
    document.body.replaceChildren()
    buildPage('x'.repeat(snapshotMaxChars))
    saveSnapshot(keep(), savedAt + 1_000)
    expect(localStorage.getItem(snapshotStorageKey())).toBeNull()
  })

  it('drops the snapshot and restores <html> when the app finds another feed behind the config', () => {
    buildPage()
    document.documentElement.dataset.theme = 'dark'
    saveSnapshot(keep(), savedAt)
    document.documentElement.dataset.theme = 'light'
    showSnapshot(prepareSnapshot(savedAt)!, configText)
    expect(document.documentElement.dataset.theme).toBe('dark')
    dropSnapshot({ restore: true })
    expect(snapshotElement()).toBeNull()
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(document.documentElement.dataset.snapshot).toBeUndefined()
  })
})
