// First: schemas must be built with zod's eval-free parsing, as in the page (see zod-config.ts).
import '../app/zod-config'
import { readCollectionAnswer } from './read-collection-answer'
import type { ParseReply, ParseRequest } from './parse-off-thread'

/** Reads long collection documents beside the page: see parse-off-thread.ts. */
self.onmessage = async ({ data: { id, name, answer } }: MessageEvent<ParseRequest>) => {
  let reply: ParseReply
  try {
    const text = typeof answer === 'string' ? answer : await answer.text()
    reply = { id, answer: readCollectionAnswer(name, text) }
  } catch (error) {
    reply = { id, failed: String(error) }
  }
  self.postMessage(reply)
}
