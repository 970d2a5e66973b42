import { act, render, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ChromeFromUrl } from '../../src/app/chrome-from-url'
import { useChrome } from '../../src/hooks/chrome-context'
import { useSelectedEvent, useSelection } from '../../src/hooks/use-selection'
import { setUrlParams } from '../../src/hooks/use-url-param'

// A change of the URL hookRuns again only what reads the parameter that changed: a search typed
// into the quote wall (?q=, written as the viewer types) leaves the header and the charts alone.
describe('readers of the URL', () => {
  it('useSelection hookRuns again for a new selection, not for another parameter', () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    let hookRuns = 0
    const { result } = renderHook(() => {
      hookRuns += 1
      return useSelection()
    })
    const runsBefore = hookRuns
    act(() => setUrlParams({ q: 'rare' }, { replace: true }))
    act(() => setUrlParams({ tz2: 'Asia/Shanghai' }, { replace: true }))
    expect(hookRuns).toBe(runsBefore)
    act(() => setUrlParams({ topic: 'rare-earths' }))
    expect(hookRuns).toBe(runsBefore + 1)
    expect(result.current.selection.topic).toBe('rare-earths')
  })

  it('useSelectedEvent (the market panels) runs again for a new event, not for a topic or person', () => {
    window.history.replaceState(null, '', '/?tz=Europe/London&session=london-day-1')
    let hookRuns = 0
    const { result } = renderHook(() => {
      hookRuns += 1
      return useSelectedEvent()
    })
    expect(result.current).toEqual({ kind: 'session', id: 'london-day-1' })
    const runsBefore = hookRuns
    act(() => setUrlParams({ topic: 'rare-earths' }))
    act(() => setUrlParams({ person: 'he-lifeng' }))
    expect(hookRuns).toBe(runsBefore)
    act(() => setUrlParams({ session: null, quote: 'trump-good-start' }))
    expect(hookRuns).toBe(runsBefore + 1)
    expect(result.current).toEqual({ kind: 'quote', id: 'trump-good-start' })
  })

  it('the chrome is given again when a chrome parameter changes, not for a selection or a search', () => {
    window.history.replaceState(null, '', '/?tz=Europe/London')
    let hookRuns = 0
    const seen: string[] = []
    function Reader() {
      hookRuns += 1
      seen.push(useChrome().view)
      return null
    }
    render(
      <ChromeFromUrl>
        <Reader />
      </ChromeFromUrl>,
    )
    act(() => setUrlParams({ q: 'rare' }, { replace: true }))
    act(() => setUrlParams({ topic: 'rare-earths' }))
    expect(hookRuns).toBe(1)
    act(() => setUrlParams({ view: 'quotes' }))
    expect(seen).toEqual(['dashboard', 'quotes'])
  })
})
