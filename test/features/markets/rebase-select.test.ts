import { describe, expect, it } from 'vitest'
import { rebaseOptions } from '../../../src/features/markets/rebase-select'
import type { MarketEvent } from '../../../src/features/markets/market-events'

const quote = (i: number): MarketEvent => ({
  kind: 'quote',
  id: `q${i}`,
  at: i * 60_000,
  end: null,
  precision: 'exact',
  label: `q${i}`,
  detail: `q${i}`,
  sessionId: null,
})
const quotes = Array.from({ length: 20_000 }, (_, i) => quote(i))

describe('rebase options on a long feed', () => {
  it('lists the latest events of a kind, and says how many there are', () => {
    const { shown, total } = rebaseOptions(quotes, 'quote', null, 40)
    expect(total).toBe(20_000)
    expect(shown.map((e) => e.id)).toEqual(Array.from({ length: 40 }, (_, i) => `q${19_960 + i}`))
  })

  it('always lists the selected event, even an old one', () => {
    expect(rebaseOptions(quotes, 'quote', 'quote:q7', 40).shown[0]!.id).toBe('q7')
    expect(rebaseOptions(quotes, 'quote', 'quote:q7', 40).shown).toHaveLength(41)
  })

  it('lists every event of a short feed', () => {
    expect(rebaseOptions(quotes.slice(0, 12), 'quote', null, 40).shown).toHaveLength(12)
  })
})
