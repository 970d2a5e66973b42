import { describe, expect, it } from 'vitest'
import { longTextChars, splitSegments, textCut } from '../../src/lib/text-cut'

describe('textCut', () => {
  it('leaves a text up to the long length whole', () => {
    expect(textCut('a'.repeat(longTextChars))).toBeNull()
  })

  it('cuts a long text at a space, never inside a word', () => {
    const text = 'export licences '.repeat(40)
    const cut = textCut(text)!
    expect(text[cut]).toBe(' ')
    expect(cut).toBeLessThanOrEqual(280)
  })

  it('cuts text without spaces at its length, never between the halves of a character', () => {
    expect(textCut('稀土'.repeat(250))).toBe(280)
    // 😀 takes two UTF-16 units: a cut at 280 would fall inside the 140th.
    const emoji = `x${'😀'.repeat(250)}`
    const cut = textCut(emoji)!
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
