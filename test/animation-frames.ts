import { act } from '@testing-library/react'
import { vi } from 'vitest'

// Animation frames that run only when the test says so: a frame's reads can be checked apart from the commit.
let frames: FrameRequestCallback[] = []

/** Call in beforeEach: requestAnimationFrame queues its callback until `nextFrame()`. */
export function holdAnimationFrames() {
  frames = []
  vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame))
  vi.stubGlobal('cancelAnimationFrame', () => undefined)
}

/** How many callbacks wait for the next frame. */
export const framesWaiting = () => frames.length

/** Runs every callback waiting for the next frame, inside act(). */
export async function nextFrame() {
  const due = frames
  frames = []
  await act(async () => due.forEach((frame) => frame(performance.now())))
}
