import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { RuntimeContext } from '../../src/hooks/runtime-context'
import { useDisplayZone, useSecondZone } from '../../src/hooks/use-display-zone'
import { viewerTimeZone } from '../../src/lib/time-zone'
import { testRuntime } from '../render'

function wrapper(timeZone = 'local') {
  const runtime = testRuntime({ timeZone })
  return ({ children }: { children: ReactNode }) => (
    <RuntimeContext value={runtime}>{children}</RuntimeContext>
  )
}

const search = () => new URLSearchParams(window.location.search)

describe('useDisplayZone', () => {
  it('takes ?tz= first, then the remembered zone, then the config, then the viewer’s own', () => {
    window.localStorage.setItem('ttm.displayZone', 'Asia/Hong_Kong')
    window.history.replaceState(null, '', '/?tz=Asia/Kolkata')
    expect(renderHook(() => useDisplayZone(), { wrapper: wrapper('UTC') }).result.current[0]).toBe(
      'Asia/Kolkata',
    )
    window.history.replaceState(null, '', '/?tz=Not/AZone')
    expect(renderHook(() => useDisplayZone(), { wrapper: wrapper('UTC') }).result.current[0]).toBe(
      'Asia/Hong_Kong',
    )
    window.localStorage.clear()
    expect(renderHook(() => useDisplayZone(), { wrapper: wrapper('UTC') }).result.current[0]).toBe(
      'UTC',
    )
    expect(
      renderHook(() => useDisplayZone(), { wrapper: wrapper('local') }).result.current[0],
    ).toBe(viewerTimeZone())
  })

  it('reads a zone under its old name (a link or a choice made in an older browser) by its current one', () => {
    window.history.replaceState(null, '', '/?tz=Europe/Kiev&tz2=Asia/Calcutta')
    expect(renderHook(() => useDisplayZone(), { wrapper: wrapper() }).result.current[0]).toBe(
      'Europe/Kyiv',
    )
    expect(renderHook(() => useSecondZone(), { wrapper: wrapper() }).result.current[0]).toBe(
      'Asia/Kolkata',
    )
  })

  it('remembers a chosen zone and puts it in the URL; ignores an unknown zone', () => {
    window.history.replaceState(null, '', '/')
    const { result } = renderHook(() => useDisplayZone(), { wrapper: wrapper() })
    act(() => result.current[1]('America/New_York'))
    expect(result.current[0]).toBe('America/New_York')
    expect(search().get('tz')).toBe('America/New_York')
    expect(window.localStorage.getItem('ttm.displayZone')).toBe('America/New_York')
    act(() => result.current[1]('Mars/Olympus_Mons'))
    expect(result.current[0]).toBe('America/New_York')
  })
})

describe('useSecondZone', () => {
  it('is off by default, set by ?tz2= or the remembered choice, and "none" turns it off', () => {
    window.history.replaceState(null, '', '/')
    const { result } = renderHook(() => useSecondZone(), { wrapper: wrapper() })
    expect(result.current[0]).toBeNull()
    act(() => result.current[1]('America/New_York'))
    expect(result.current[0]).toBe('America/New_York')
    expect(search().get('tz2')).toBe('America/New_York')
    window.history.replaceState(null, '', '/?tz2=none')
    expect(renderHook(() => useSecondZone(), { wrapper: wrapper() }).result.current[0]).toBeNull()
    window.history.replaceState(null, '', '/')
    expect(renderHook(() => useSecondZone(), { wrapper: wrapper() }).result.current[0]).toBe(
      'America/New_York',
    )
    act(() => result.current[1](null))
    expect(window.localStorage.getItem('ttm.secondZone')).toBeNull()
    expect(search().has('tz2')).toBe(false)
  })
})
