import { isolate, unisolated } from './bidi-isolate'

/**
 * At most `max` characters, cut with "…" at the end. Right-to-left text stays isolated
 * (bidi-isolate.ts): the cut keeps the isolate's closing mark, so the words after it keep their order.
 */
export function shortenText(text: string, max: number): string {
  const plain = unisolated(text)
  return plain.length > max ? isolate(`${plain.slice(0, max - 1).trimEnd()}…`) : text
}
