import type { ApartAnswer, ApartDocument } from './read-answer-apart'
import { joinReply, type ParseReply } from './parse-reply'

export type ParseRequest = { id: number; document: ApartDocument; answer: string | Blob }

/** Null: no worker here (none in this browser, refused by a policy, failed to load). */
let worker: Worker | null | undefined
let nextId = 0
const waiting = new Map<number, (answer: ApartAnswer | null) => void>()
/** The parts of each answer sent in parts so far, by list (see parse-reply.ts). */
const partsReceived = new Map<number, Map<string, unknown[][]>>()

function giveUp() {
  worker?.terminate()
  worker = null
  for (const resolve of waiting.values()) resolve(null)
  waiting.clear()
  partsReceived.clear()
}

function parser(): Worker | null {
  if (worker !== undefined) return worker
  if (typeof Worker === 'undefined') return (worker = null)
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
      type: 'module',
      name: 'feed-parser',
    })
  } catch {
    return (worker = null)
  }
  worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
    const parts = partsReceived.get(data.id) ?? new Map<string, unknown[][]>()
    if ('part' in data) {
      const { list, records } = data.part
      const received = parts.get(list) ?? []
      received.push(records)
      partsReceived.set(data.id, parts.set(list, received))
      return
    }
    partsReceived.delete(data.id)
    const resolve = waiting.get(data.id)
    waiting.delete(data.id)
    resolve?.('answer' in data ? joinReply(data.answer, data.sentInParts, parts) : null)
  }
  worker.onerror = giveUp
  worker.onmessageerror = giveUp
  return worker
}

/** Starts the worker ahead of a long document (its start-up then overlaps the download). */
export function startOffThreadParser() {
  parser()
}

/**
 * A long feed document decoded, parsed and validated in a worker, so the page's thread only
 * receives the result (20,000 quotes: some 25 ms, against 35 ms to parse the JSON and 60 to 80 more
 * to validate it in slices on the page). Null where there is no worker, or it failed: the caller
 * then reads the answer on the page.
 */
export function readOffThread(
  document: ApartDocument,
  answer: string | Blob,
): Promise<ApartAnswer | null> {
  const parse = parser()
  if (!parse) return Promise.resolve(null)
  const id = nextId++
  return new Promise((resolve) => {
    waiting.set(id, resolve)
    parse.postMessage({ id, document, answer } satisfies ParseRequest)
  })
}
