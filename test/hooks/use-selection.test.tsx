import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readSelection, useSelection, useSelectionHref } from '../../src/hooks/use-selection'

describe('useSelection', () => {
  it('reads and writes the selection in the URL, one event at a time, keeping other parameters', () => {
    window.history.replaceState(
      null,
      '',
      '/?tz=Europe/London&session=london-day-1&topic=rare-earths',
    )
    const { result } = renderHook(() => ({ ...useSelection(), hrefFor: useSelectionHref() }))
    expect(result.current.selection).toEqual({
      event: { kind: 'session', id: 'london-day-1' },
      topic: 'rare-earths',
      person: null,
    })
    expect(result.current.isSelected('session', 'london-day-1')).toBe(true)
    act(() => result.current.selectEvent({ kind: 'development', id: 'china-ppi-deflation' }))
    expect(window.location.search).toBe(
      '?tz=Europe%2FLondon&topic=rare-earths&development=china-ppi-deflation',
    )
    expect(result.current.hrefFor({ kind: 'quote', id: 'trump-good-start' }, '#quotes')).toBe(
      '?tz=Europe%2FLondon&topic=rare-earths&quote=trump-good-start#quotes',
    )
    act(() => result.current.clear())
    expect(window.location.search).toBe('?tz=Europe%2FLondon')
    expect(result.current.selection).toEqual({ event: null, topic: null, person: null })
  })

  it('ignores empty parameters', () => {
    expect(readSelection(new URLSearchParams('session=&topic='))).toEqual({
      event: null,
      topic: null,
      person: null,
    })
  })
})
