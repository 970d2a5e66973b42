import { untilAborted } from '../lib/until-aborted'
import { FeedError } from './feed-error'

/** Bodies above this are refused: a feed document is a few hundred kilobytes at most. */
export const maxBodyBytes = 5 * 1024 * 1024

export function tooLarge(resource: string, bytes: number | null) {
  const size = bytes === null ? '' : ` (${(bytes / 1024 / 1024).toFixed(0)} MB or more)`
  return new FeedError(
    'too-large',
    resource,
    `${resource} is larger than ${maxBodyBytes / 1024 / 1024} MB${size} and was not read`,
  )
}

/** Stops a body nobody will read, so its connection is let go (not awaited: some never settle). */
export function discardBody(response: Response) {
  if (response.body && !response.bodyUsed) response.body.cancel().catch(() => undefined)
}

/**
 * The body, at most `maxBodyBytes`, as text or as a blob to read as text: refused unread when
 * Content-Length says more, refused once read when it turns out longer, and a body of unknown
 * length cancelled as soon as the bytes read pass the cap. Reading stops when `signal` aborts (the
 * request's one deadline covers the body as well as the headers).
 */
export async function readCapped(
  response: Response,
  resource: string,
  signal: AbortSignal,
): Promise<string | Blob> {
  const length = response.headers.get('content-length')
  const declared = length === null ? null : Number(length)
  if (declared !== null && declared > maxBodyBytes) {
    discardBody(response)
    throw tooLarge(resource, declared)
  }
  if (!response.body) return untilAborted(response.text(), signal)
  if (declared !== null && Number.isFinite(declared))
    return readDeclared(response, resource, signal)
  return readStreamed(response.body, resource, signal)
}

/**
 * A body of declared length, read by the browser as one blob: its bytes never pass through the
 * page's thread in chunks, which for 5 MB takes about half the main-thread time. Checked again
 * once read, since a compressed body declares its compressed length.
 */
async function readDeclared(response: Response, resource: string, signal: AbortSignal) {
  const blob = await untilAborted(response.blob(), signal)
  if (blob.size > maxBodyBytes) throw tooLarge(resource, blob.size)
  return blob
}

/** A body of unknown length, read chunk by chunk and cancelled once past the cap. */
async function readStreamed(
  body: ReadableStream<Uint8Array>,
  resource: string,
  signal: AbortSignal,
) {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await untilAborted(reader.read(), signal)
      if (done) break
      size += value.byteLength
      if (size > maxBodyBytes) throw tooLarge(resource, size)
      chunks.push(value)
    }
  } catch (error) {
    reader.cancel().catch(() => undefined)
    throw error
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}
