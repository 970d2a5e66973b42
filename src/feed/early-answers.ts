/** A feed request sent before the app's code had loaded: its answer, and when it was sent. */
export type EarlyAnswer = { response: Promise<Response>; sentAt: number }

const sent = new Map<string, { answer: EarlyAnswer; abort: () => void }>()

/**
 * Sends the requests for `urls` now, as the api client would (fetchFeedDocument): the first
 * chunk calls this as soon as config.json names the feed, so the answers are under way while the
 * app's code loads instead of after it.
 */
export function askEarly(urls: readonly string[]) {
  for (const url of urls) {
    const controller = new AbortController()
    const response = fetch(
      new Request(url, { signal: controller.signal, headers: { accept: 'application/json' } }),
    )
    response.catch(() => undefined) // read, and its failure reported, by whoever takes it
    sent.set(url, { answer: { response, sentAt: Date.now() }, abort: () => controller.abort() })
  }
}

/** The early request for `url`, if one was sent and nobody took it yet; `signal` now bounds it. */
export function takeEarly(url: string, signal: AbortSignal): EarlyAnswer | undefined {
  const early = sent.get(url)
  if (!early) return undefined
  sent.delete(url)
  if (signal.aborted) early.abort()
  else signal.addEventListener('abort', early.abort, { once: true })
  return early.answer
}

/** Lets go of the early requests nobody took (another feed or view than the one guessed). */
export function dropEarly() {
  for (const { abort } of sent.values()) abort()
  sent.clear()
}
