import { z } from 'zod'
import { idSchema } from './common'

export const openIssueStatusSchema = z.enum(['unresolved', 'in-discussion', 'partly-resolved', 'resolved'])

export const openIssueSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  topicId: idSchema,
  title: z.string().min(1),
  usAsk: z.string().min(1).describe('What the US asks'),
  chinaPosition: z.string().min(1).describe("China's position"),
  status: openIssueStatusSchema,
  notes: z.array(z.string().min(1)).describe('e.g. the H20 carve-out'),
  sourceIds: z.array(idSchema),
})

export const scenarioSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  title: z.string().min(1),
  condition: z.string().min(1).describe('What would have to happen'),
  expectedReaction: z.string().min(1).describe('What markets would likely do'),
  sourceIds: z.array(idSchema),
})
