import { describe, expect, it } from 'vitest'
import { pageTarget } from '../../../src/features/timeline/page-target'

const isRound = (id: string) => id.startsWith('round:')

describe('PageUp / PageDown targets', () => {
  const ids = ['round:a', 'x1', 'x2', 'round:b', 'y1', 'round:c', 'z1']

  it('goes to the head of the round an entry is in, then to the previous one; down to the next', () => {
    expect(pageTarget(ids, 4, -1, isRound)).toBe('round:b')
    expect(pageTarget(ids, 3, -1, isRound)).toBe('round:a')
    expect(pageTarget(ids, 1, 1, isRound)).toBe('round:b')
    expect(pageTarget(ids, 5, 1, isRound)).toBe('z1')
    expect(pageTarget(ids, 0, -1, isRound)).toBe('round:a')
  })

  it('moves ten entries, stopping at either end, where there are no rounds', () => {
    const flat = Array.from({ length: 25 }, (_, i) => `e${i}`)
    expect(pageTarget(flat, 3, 1, isRound)).toBe('e13')
    expect(pageTarget(flat, 20, 1, isRound)).toBe('e24')
    expect(pageTarget(flat, 13, -1, isRound)).toBe('e3')
    expect(pageTarget(flat, 5, -1, isRound)).toBe('e0')
  })
})
