import { duplicateIdMessage, jsonPath, type FeedProblem } from './parse'
import type { FeedIndex } from './schemas/types'

function firstOfEachId<T extends { id: string }>(
  resource: string,
  key: string,
  records: readonly T[],
  problems: FeedProblem[],
): T[] {
  const firstIndexOf = new Map<string, number>()
  return records.filter((record, index) => {
    const first = firstIndexOf.get(record.id)
    if (first === undefined) {
      firstIndexOf.set(record.id, index)
      return true
    }
    problems.push({
      resource,
      path: jsonPath([key, index, 'id']),
      message: duplicateIdMessage(record.id, jsonPath([key, first])),
    })
    return false
  })
}

/**
 * The same rule as in the other documents: in every list of index.json, a second record with an
 * id already seen is dropped and named (a second "Donald Trump" can never replace the first).
 */
export function dropIndexDuplicates(
  resource: string,
  index: FeedIndex,
): { data: FeedIndex; problems: FeedProblem[] } {
  const problems: FeedProblem[] = []
  const data: FeedIndex = {
    ...index,
    sources: firstOfEachId(resource, 'sources', index.sources, problems),
    rounds: firstOfEachId(resource, 'rounds', index.rounds, problems),
    parties: firstOfEachId(resource, 'parties', index.parties, problems),
    people: firstOfEachId(resource, 'people', index.people, problems),
    topics: firstOfEachId(resource, 'topics', index.topics, problems),
  }
  return { data, problems }
}
