import { act } from '@testing-library/react'
import { afterNextPaint } from '../src/lib/after-next-paint'
import { whenIdle } from '../src/lib/when-idle'

/**
 * Until useSeenItems has taken in the list on screen (its baseline, its arrivals): after the next
 * paint, at the page's next idle moment. Waits for the same two turns, each queued after its own.
 */
export const listTakenIn = () =>
  act(async () => {
    await afterNextPaint()
    await new Promise<void>((resolve) => whenIdle(() => resolve()))
  })
