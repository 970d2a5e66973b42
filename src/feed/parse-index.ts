import { parseCollection, parseDocument, type FeedProblem } from './parse'
import {
  feedIndexSchema,
  indexSourceSchema,
  partySchema,
  personSchema,
  roundSchema,
  topicSchema,
} from './schemas/index'
import type { FeedIndex } from './schemas/types'

/** The lists of index.json, in the order their problems are named. */
const indexLists = {
  sources: indexSourceSchema,
  rounds: roundSchema,
  parties: partySchema,
  people: personSchema,
  topics: topicSchema,
}

/**
 * index.json read as the other documents are: a record of one of its lists that does not match
 * (a round with a misspelt time zone, a person without a role) or that repeats an id already seen
 * is dropped and named, and the rest of the feed stands. Only a field of its own (title, version,
 * generatedAt ...) that does not match fails the whole document.
 */
export function parseFeedIndex(
  resource: string,
  raw: unknown,
): { data: FeedIndex; problems: FeedProblem[] } | { data: null; problems: FeedProblem[] } {
  const lists = parseCollection(resource, indexLists, raw)
  if (lists.data === null) return lists
  const whole = parseDocument(resource, feedIndexSchema, { ...(raw as object), ...lists.data })
  if (whole.data === null) return whole
  return { data: whole.data, problems: lists.problems }
}
