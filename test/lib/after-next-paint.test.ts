import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from '../../src/lib/after-next-paint'

const turns = async (count = 10) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve))
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('afterNextPaint', () => {
  it('waits for the next frame, then for a task after it', async () => {
    let frame: FrameRequestCallback | null = null
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frame = callback
      return 1
    })
    let done = false
    void afterNextPaint().then(() => (done = true))
    await turns()
    expect(done).toBe(false)
    frame!(0)
    await vi.waitFor(() => expect(done).toBe(true))
  })

  it('does not wait for a frame in a hidden page, which paints none', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1)
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    await expect(afterNextPaint()).resolves.toBeUndefined()
  })

  it('stops waiting for a frame that does not come (the page hidden meanwhile)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    let done = false
    void afterNextPaint().then(() => (done = true))
    await vi.advanceTimersByTimeAsync(99)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    vi.useRealTimers()
    await vi.waitFor(() => expect(done).toBe(true))
  })

  it('still resolves when the window has gone before the frame or the timer', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 1)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const waiting = afterNextPaint()
    vi.stubGlobal('cancelAnimationFrame', undefined)
    await vi.advanceTimersByTimeAsync(100)
    vi.useRealTimers()
    await expect(waiting).resolves.toBeUndefined()
  })
})
