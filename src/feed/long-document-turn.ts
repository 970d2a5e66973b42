import { afterNextPaint } from '../lib/after-next-paint'

let lastTurn: Promise<void> = Promise.resolve()

/**
 * Waits until the long documents read before this one have been parsed and validated, then for
 * the page to paint (what the one before showed is on screen before this one's parse holds the
 * page); call the function it returns when done with this one. Read side by side,
 * 5,000 developments and 20,000 quotes used to be worked on in alternate slices and were both
 * ready only at the end; one at a time, in the order they arrived, the first is shown while the
 * second is still being read.
 */
export async function longDocumentTurn(): Promise<() => void> {
  let release!: () => void
  const done = new Promise<void>((resolve) => (release = resolve))
  const before = lastTurn
  lastTurn = before.then(() => done)
  await before
  await afterNextPaint()
  return release
}
