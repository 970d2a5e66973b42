import { FeedError } from './feed-error'

/** A feed answer's text read as JSON, or what it is instead. */
export type DecodedAnswer =
  { kind: 'json'; body: unknown } | { kind: 'error-page' } | { kind: 'not-json' }

export function decodeAnswer(text: string): DecodedAnswer {
  if (/^\s*</.test(text)) return { kind: 'error-page' }
  try {
    return { kind: 'json', body: JSON.parse(text) }
  } catch {
    return { kind: 'not-json' }
  }
}

/** Why an answer that is not JSON cannot be read, as the panels show it. */
export function undecodableAnswer(kind: 'error-page' | 'not-json', path: string): FeedError {
  return kind === 'error-page'
    ? new FeedError('error-page', path, `${path}: the feed answered with an error page, not data`)
    : new FeedError(
        'not-json',
        path,
        `${path}: the feed sent data that is not valid JSON (cut off?)`,
      )
}
