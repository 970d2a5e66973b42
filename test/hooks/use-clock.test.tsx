import { act, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useClock } from '../../src/hooks/clock-context'

afterEach(() => {
  vi.useRealTimers()
})

function renderClock() {
  const renders: number[] = []
  function Clock() {
    const { wall } = useClock(1000)
    renders.push(wall)
    return <time>{wall}</time>
  }
  return { renders, ...render(<Clock />) }
}

describe('useClock', () => {
  it('renders once on mount, though its effect runs milliseconds later, then once a tick', async () => {
    vi.useFakeTimers({ now: Date.parse('2025-06-10T09:15:00Z') })
    const realNow = Date.now
    // Every reading of the clock is 5 ms after the one before: a render takes time.
    let calls = 0
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 5 * calls++)
    const { renders } = renderClock()
    await act(() => Promise.resolve())
    expect(renders).toHaveLength(1)
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(renders).toHaveLength(2)
    expect(renders[1]! - renders[0]!).toBeGreaterThanOrEqual(1000)
    vi.restoreAllMocks()
  })

  it('catches up at once when its first render is an interval or more behind', async () => {
    vi.useFakeTimers({ now: Date.parse('2025-06-10T09:15:00Z') })
    const realNow = Date.now
    // The first render reads a clock 1.5 s behind the one its effect reads: a render held back.
    let calls = 0
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() - (calls++ === 0 ? 1500 : 0))
    const { renders } = renderClock()
    await act(() => Promise.resolve())
    expect(renders.at(-1)).toBe(realNow())
    vi.restoreAllMocks()
  })
})
