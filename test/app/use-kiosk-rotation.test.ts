import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextView, useKioskRotation } from '../../src/app/use-kiosk-rotation'

describe('kiosk rotation', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('goes timeline, quotes, markets, and round again', () => {
    expect(nextView('dashboard')).toBe('timeline')
    expect(nextView('timeline')).toBe('quotes')
    expect(nextView('quotes')).toBe('markets')
    expect(nextView('markets')).toBe('timeline')
  })

  it('shows the next panel after the chosen number of seconds, in the URL', () => {
    window.history.replaceState(null, '', '/?kiosk&rotate=20&view=quotes&instrument=spx')
    renderHook(() => useKioskRotation(20, 'quotes'))
    act(() => vi.advanceTimersByTime(19_000))
    expect(new URLSearchParams(window.location.search).get('view')).toBe('quotes')
    act(() => vi.advanceTimersByTime(1_000))
    const search = new URLSearchParams(window.location.search)
    expect(search.get('view')).toBe('markets')
    expect(search.get('instrument')).toBeNull()
    expect(search.has('kiosk')).toBe(true)
  })

  it('stays put without rotation', () => {
    window.history.replaceState(null, '', '/?kiosk&view=quotes')
    renderHook(() => useKioskRotation(null, 'quotes'))
    act(() => vi.advanceTimersByTime(60_000))
    expect(new URLSearchParams(window.location.search).get('view')).toBe('quotes')
  })
})
