import * as z from 'zod/mini'
import { describe, idSchema, text } from './common'

export const openIssueStatusSchema = z.enum([
  'unresolved',
  'in-discussion',
  'partly-resolved',
  'resolved',
])

export const openIssueSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  topicId: idSchema,
  title: text(),
  usAsk: text().check(
    describe("What the first government in index.json's parties asks (the US in the demo)"),
  ),
  chinaPosition: text().check(describe("The second government's position (China in the demo)")),
  status: openIssueStatusSchema,
  notes: z.array(text()).check(describe('e.g. the H20 carve-out')),
  sourceIds: z.array(idSchema),
})

export const scenarioSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  title: text(),
  condition: text().check(describe('What would have to happen')),
  expectedReaction: text().check(describe('What markets would likely do')),
  sourceIds: z.array(idSchema),
})
