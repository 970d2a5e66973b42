/** Answers a feed request in the page instead of the network (the demo feed). */
export type FeedTransport = (request: Request) => Promise<Response>

let gate: Promise<FeedTransport | null> = Promise.resolve(null)

/**
 * Demo mode: feed requests wait for the in-page demo feed and are answered by it, never by the
 * network. If it cannot load, every feed request fails with that error (shown in the panels with
 * Retry): a demo never falls through to a real server.
 */
export function setDemoTransport(ready: Promise<FeedTransport>) {
  gate = ready
  // A failure is reported through the requests that wait for it; never as an unhandled rejection.
  ready.catch(() => undefined)
}

/** The transport feed requests go to: null means the network (a real feed). */
export function feedTransport(): Promise<FeedTransport | null> {
  return gate
}
