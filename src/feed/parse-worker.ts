// First: schemas must be built with zod's eval-free parsing, as in the page (see zod-config.ts).
import '../app/zod-config'
import { readAnswerApart } from './read-answer-apart'
import type { ParseRequest } from './parse-off-thread'
import { replyMessages } from './parse-reply'

/** Reads long feed documents beside the page: see parse-off-thread.ts. */
self.onmessage = async ({ data: { id, document, answer } }: MessageEvent<ParseRequest>) => {
  try {
    const text = typeof answer === 'string' ? answer : await answer.text()
    for (const message of replyMessages(id, readAnswerApart(document, text)))
      self.postMessage(message)
  } catch (error) {
    self.postMessage({ id, failed: String(error) })
  }
}
