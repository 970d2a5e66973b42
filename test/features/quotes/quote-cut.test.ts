import { describe, expect, it } from 'vitest'
import { longQuoteChars, quoteCut, splitSegments } from '../../../src/features/quotes/quote-cut'

describe('quoteCut', () => {
  it('leaves a quote up to the long length whole', () => {
    expect(quoteCut('a'.repeat(longQuoteChars))).toBeNull()
  })

  it('cuts a long quote at a space, never inside a word', () => {
    const text = 'export licences '.repeat(40)
    const cut = quoteCut(text)!
    expect(text[cut]).toBe(' ')
    expect(cut).toBeLessThanOrEqual(280)
  })

  it('cuts text without spaces at its length, never between the halves of a character', () => {
    expect(quoteCut('稀土'.repeat(250))).toBe(280)
    // 😀 takes two UTF-16 units: a cut at 280 would fall inside the 140th.
    const emoji = `x${'😀'.repeat(250)}`
    const cut = quoteCut(emoji)!
    expect(emoji.slice(0, cut)).toBe(`x${'😀'.repeat((cut - 1) / 2)}`)
  })
})

describe('splitSegments', () => {
  it('splits a match across the cut into a marked end and a marked start', () => {
    const segments = [
      { text: 'rare ', match: false },
      { text: 'earths', match: true },
      { text: ' now', match: false },
    ]
    expect(splitSegments(segments, 7)).toEqual([
      [
        { text: 'rare ', match: false },
        { text: 'ea', match: true },
      ],
      [
        { text: 'rths', match: true },
        { text: ' now', match: false },
      ],
    ])
  })
})
