import { describe, expect, it } from 'vitest'
import { groupRuns } from '../../../src/features/markets/instrument-groups'
import { instrumentSchema } from '../../../src/feed/schemas/markets'
import markets from '../../../mocks/fixtures/markets.json'

const spx = instrumentSchema.parse(markets.instruments.find((i) => i.id === 'spx'))
/** Test data: an instrument `id` in `group`. */
const inGroup = (id: string, group: string) => ({ ...spx, id, shortName: id, group })

describe('groupRuns', () => {
  const shown = [
    inGroup('a', 'Rates'),
    inGroup('b', 'Rates'),
    inGroup('c', 'FX'),
    inGroup('d', 'Rates'),
  ]

  it('gives each run of one group its cards and where it starts, in the order shown', () => {
    expect(
      groupRuns(shown).map(({ name, start, members }) => [name, start, members.map((i) => i.id)]),
    ).toEqual([
      ['Rates', 0, ['a', 'b']],
      ['FX', 2, ['c']],
      ['Rates', 3, ['d']],
    ])
  })

  it('keeps a run’s key when instruments before it are hidden, so its charts are not redrawn', () => {
    const keys = groupRuns(shown).map((run) => run.key)
    const fewer = groupRuns(shown.filter((i) => i.id !== 'a')).map((run) => run.key)
    expect(fewer).toEqual(keys)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
