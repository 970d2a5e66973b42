let gate: Promise<unknown> = Promise.resolve()

/**
 * Feed requests wait for this before they go out: in demo mode, for the mock service worker to be
 * ready, so the shell can paint first without a request slipping past the mocks.
 */
export function holdFeedUntil(ready: Promise<unknown>) {
  gate = ready.catch(() => undefined)
}

export function feedReady(): Promise<unknown> {
  return gate
}
