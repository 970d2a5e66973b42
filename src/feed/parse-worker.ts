// First: schemas must be built with zod's eval-free parsing, as in the page (see zod-config.ts).
import '../app/zod-config'
import { readAnswerApart } from './read-answer-apart'
import type { ParseReply, ParseRequest } from './parse-off-thread'

/** Reads long feed documents beside the page: see parse-off-thread.ts. */
self.onmessage = async ({ data: { id, document, answer } }: MessageEvent<ParseRequest>) => {
  let reply: ParseReply
  try {
    const text = typeof answer === 'string' ? answer : await answer.text()
    reply = { id, answer: readAnswerApart(document, text) }
  } catch (error) {
    reply = { id, failed: String(error) }
  }
  self.postMessage(reply)
}
