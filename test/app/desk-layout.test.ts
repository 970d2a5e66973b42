import { describe, expect, it } from 'vitest'
import {
  defaultLayout,
  dividerRange,
  gridColumns,
  initialLayout,
  layoutWithoutMarkets,
  minShare,
  moveDivider,
  parseLayout,
  regionsWithoutMarkets,
  serializeLayout,
  toggleCollapsed,
} from '../../src/hooks/desk-layout'

describe('desk layout', () => {
  it('reads and writes ?layout= with folded regions marked', () => {
    const layout = parseLayout('30-20c-50')
    expect(layout).toEqual({ sizes: [30, 20, 50], collapsed: [false, true, false] })
    expect(serializeLayout(layout!)).toBe('30-20c-50')
  })

  it('refuses what is not three shares, and scales shares that do not sum to 100', () => {
    for (const bad of ['', '30-70', 'a-b-c', '30-0-70', '30--70', '1e3-1-1'])
      expect(parseLayout(bad)).toBeNull()
    expect(parseLayout('1-1-2')!.sizes).toEqual([25, 25, 50])
  })

  it('keeps every region at least minShare wide, even from a link', () => {
    const layout = parseLayout('1-1-98')!
    expect(Math.min(...layout.sizes)).toBeGreaterThanOrEqual(minShare - 0.1)
    const moved = moveDivider(defaultLayout, 0, -100)
    expect(moved.sizes[0]).toBe(minShare)
    expect(moved.sizes[0] + moved.sizes[1]).toBeCloseTo(
      defaultLayout.sizes[0] + defaultLayout.sizes[1],
    )
    expect(moved.sizes[2]).toBe(defaultLayout.sizes[2])
    expect(dividerRange(defaultLayout, 1)).toEqual({
      min: minShare,
      max: defaultLayout.sizes[1] + defaultLayout.sizes[2] - minShare,
    })
  })

  it('never folds all three regions', () => {
    const two = toggleCollapsed(toggleCollapsed(defaultLayout, 'timeline'), 'quotes')
    expect(toggleCollapsed(two, 'markets')).toBe(two)
    expect(parseLayout('30c-30c-40c')!.collapsed).toEqual([true, true, false])
  })

  it('takes the URL first, then the stored layout, then the default', () => {
    expect(initialLayout(new URLSearchParams('layout=20-40-40'), '40-20-40').sizes).toEqual([
      20, 40, 40,
    ])
    expect(initialLayout(new URLSearchParams('layout=junk'), '40-20-40').sizes).toEqual([
      40, 20, 40,
    ])
    expect(initialLayout(new URLSearchParams(''), null)).toEqual(defaultLayout)
  })

  it('unfolds a remembered fold for the region a link is about, never a fold the link itself gives', () => {
    const folded = '27-28c-45'
    const quotesOpen = (layout: { collapsed: readonly boolean[] }) => !layout.collapsed[1]
    expect(quotesOpen(initialLayout(new URLSearchParams(''), folded))).toBe(false)
    expect(quotesOpen(initialLayout(new URLSearchParams('quote=q-1'), folded))).toBe(true)
    expect(quotesOpen(initialLayout(new URLSearchParams(''), folded, '#quotes'))).toBe(true)
    expect(quotesOpen(initialLayout(new URLSearchParams(''), folded, '#markets'))).toBe(false)
    const timelineOpen = (layout: { collapsed: readonly boolean[] }) => !layout.collapsed[0]
    for (const link of ['session=london-day-1', 'development=d-1'])
      expect(timelineOpen(initialLayout(new URLSearchParams(link), '27c-28-45'))).toBe(true)
    expect(timelineOpen(initialLayout(new URLSearchParams('topic=rare-earths'), '27c-28-45'))).toBe(
      false,
    )
    // The sender's own layout is theirs to share.
    expect(quotesOpen(initialLayout(new URLSearchParams(`layout=${folded}&quote=q-1`), null))).toBe(
      false,
    )
  })

  it('gives a folded region a rail instead of its share', () => {
    expect(gridColumns(parseLayout('30c-30-40')!)).toBe(
      '2.75rem 0.625rem minmax(0, 30fr) 0.625rem minmax(0, 40fr)',
    )
  })

  it('without the markets (a feed that lists none), the two others share the width', () => {
    const split = layoutWithoutMarkets(parseLayout('30-30-40')!)
    expect(gridColumns(split, regionsWithoutMarkets)).toBe(
      'minmax(0, 30fr) 0.625rem minmax(0, 30fr)',
    )
    // A divider's shares are those of the two: the markets count as folded.
    expect(dividerRange(split, 0)).toEqual({ min: minShare, max: 45 })
    // Both folded for the markets, both come back: a split of two rails is no desk.
    expect(layoutWithoutMarkets(parseLayout('30c-30c-40')!).collapsed).toEqual([false, false, true])
    expect(layoutWithoutMarkets(parseLayout('30c-30-40c')!).collapsed).toEqual([true, false, true])
  })
})
