import type { ApartAnswer } from './read-answer-apart'

/** Records per message when a long list is sent back from the worker. */
export const recordsPerPart = 1_000

export type ParseReply =
  | { id: number; part: { list: string; records: unknown[] } }
  | { id: number; answer: ApartAnswer; sentInParts: readonly string[] }
  | { id: number; failed: string }

type Lists = Record<string, unknown>

function listsOf(answer: ApartAnswer): Lists | null {
  if (answer.kind !== 'parsed') return null
  const { parsed } = answer
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) return null
  const { data } = parsed
  return typeof data === 'object' && data !== null ? (data as Lists) : null
}

/**
 * The worker's answer as messages: each long list of the result (a collection's records, a
 * series' points) in parts, then the rest. The page copies in each part while the worker copies
 * out the next: 20,000 quotes sent whole held the page some 30 ms, after the worker's own 30.
 */
export function replyMessages(id: number, answer: ApartAnswer): ParseReply[] {
  const lists = listsOf(answer)
  const long = lists
    ? Object.keys(lists).filter((list) => {
        const records = lists[list]
        return Array.isArray(records) && records.length > recordsPerPart
      })
    : []
  if (lists === null || long.length === 0) return [{ id, answer, sentInParts: [] }]
  const parts: ParseReply[] = []
  const rest: Lists = { ...lists }
  for (const list of long) {
    const records = lists[list] as unknown[]
    for (let start = 0; start < records.length; start += recordsPerPart)
      parts.push({ id, part: { list, records: records.slice(start, start + recordsPerPart) } })
    rest[list] = []
  }
  const parsed = { ...(answer as { parsed: object }).parsed, data: rest }
  return [...parts, { id, answer: { ...answer, parsed } as ApartAnswer, sentInParts: long }]
}

/** The answer whole again, from its last message and the parts before it, in order. */
export function joinReply(
  answer: ApartAnswer,
  sentInParts: readonly string[],
  parts: ReadonlyMap<string, unknown[][]>,
): ApartAnswer {
  const lists = listsOf(answer)
  if (lists === null || sentInParts.length === 0) return answer
  const joined: Lists = { ...lists }
  for (const list of sentInParts) joined[list] = (parts.get(list) ?? []).flat()
  const parsed = { ...(answer as { parsed: object }).parsed, data: joined }
  return { ...answer, parsed } as ApartAnswer
}
