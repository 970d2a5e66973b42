import { describe, expect, it } from 'vitest'
import { readChrome } from '../../../src/hooks/chrome-context'
import {
  buildIframeSnippet,
  buildShareUrl,
  type ShareOptions,
} from '../../../src/features/header/share-links'

const page = 'https://intranet.example/tools/talks/index.html?view=quotes&tz=UTC'
const base: ShareOptions = {
  view: 'dashboard',
  instrument: null,
  theme: 'default',
  timeZone: null,
  header: true,
  filters: true,
  timeZonePicker: true,
  refreshSeconds: null,
  kiosk: false,
  rotateSeconds: null,
  selection: {},
  wallFilters: {},
  pageState: {},
  parentOrigin: null,
}

describe('share links', () => {
  it('carries the quote wall’s filters on a view with the wall, and only there', () => {
    const wallFilters = {
      q: 'rare earths',
      side: 'cn',
      round: 'london-2025-06',
      sort: 'oldest' as const,
    }
    const onWall = new URL(buildShareUrl(page, { ...base, view: 'quotes', wallFilters }))
      .searchParams
    expect(Object.fromEntries(onWall)).toMatchObject({
      view: 'quotes',
      q: 'rare earths',
      side: 'cn',
      round: 'london-2025-06',
      sort: 'oldest',
    })
    const onMarkets = buildShareUrl(page, { ...base, view: 'markets', wallFilters })
    expect(new URL(onMarkets).searchParams.has('round')).toBe(false)
  })

  it('links the page folder, whatever sub-path it is served from, with no parameter for the defaults', () => {
    expect(buildShareUrl(page, base)).toBe('https://intranet.example/tools/talks/')
  })

  it('reproduces a single panel with its options', () => {
    const url = buildShareUrl(page, {
      ...base,
      view: 'markets',
      instrument: 'spx',
      header: false,
      filters: false,
      timeZonePicker: false,
      theme: 'transparent',
      timeZone: 'Europe/London',
      refreshSeconds: 15,
      selection: { session: 'day-2', topic: 'rare-earths' },
      parentOrigin: 'https://portal.example',
    })
    const params = new URL(url).searchParams
    expect(Object.fromEntries(params)).toEqual({
      view: 'markets',
      instrument: 'spx',
      filters: '0',
      theme: 'transparent',
      tz: 'Europe/London',
      refresh: '15',
      session: 'day-2',
      topic: 'rare-earths',
      parent: 'https://portal.example',
    })
    // What the link says is what the page reads back.
    expect(readChrome(params)).toMatchObject({
      view: 'markets',
      instrument: 'spx',
      header: false,
      filters: false,
      timeZonePicker: false,
    })
  })

  it('carries the feed, the replayed moment, the timeline’s order and the markets’ window and instruments', () => {
    const pageState = {
      feed: 'https://intranet.example/feeds/tokyo/',
      asof: Date.parse('2025-06-09T18:00:00Z'),
      order: 'newest' as const,
      window: { kind: 'day' as const },
      instruments: ['spx', 'dxy'],
    }
    const params = (options: Partial<ShareOptions>) =>
      Object.fromEntries(
        new URL(buildShareUrl(page, { ...base, pageState, ...options })).searchParams,
      )
    expect(params({})).toEqual({
      feed: 'https://intranet.example/feeds/tokyo/',
      asof: '2025-06-09T18:00:00Z',
      order: 'newest',
      window: 'day',
      instruments: 'spx,dxy',
    })
    // Each where it shows: the order on the timeline, the window and instruments on the markets.
    expect(params({ view: 'timeline' })).toMatchObject({
      view: 'timeline',
      feed: 'https://intranet.example/feeds/tokyo/',
      asof: '2025-06-09T18:00:00Z',
      order: 'newest',
    })
    expect(params({ view: 'markets', instrument: 'spx' })).toMatchObject({
      window: 'day',
      instrument: 'spx',
    })
    expect(params({ view: 'timeline' })).not.toHaveProperty('window')
    expect(params({ view: 'markets', instrument: 'spx' })).not.toHaveProperty('instruments')
    expect(params({ view: 'quotes' })).not.toHaveProperty('order')
  })

  it('writes a kiosk link with rotation', () => {
    expect(buildShareUrl(page, { ...base, kiosk: true, rotateSeconds: 30 })).toBe(
      'https://intranet.example/tools/talks/?kiosk&rotate=30',
    )
  })

  it('quotes the URL safely in the iframe snippet', () => {
    const snippet = buildIframeSnippet('https://x.example/?a=1&b="2"', 'quotes')
    expect(snippet).toBe(
      '<iframe src="https://x.example/?a=1&amp;b=&quot;2&quot;" title="Trade talks quote wall" width="100%" height="600" loading="lazy" data-trade-talks-monitor></iframe>',
    )
  })
})
