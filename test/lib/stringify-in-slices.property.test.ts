import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringifyInSlices } from '../../src/lib/stringify-in-slices'

describe('stringifyInSlices', () => {
  it('writes the same text as JSON.stringify, whatever the data and however it is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 5 }),
        async (value, pieceChars, elementWiseFrom) => {
          const pieces = await stringifyInSlices(value, { pieceChars, elementWiseFrom, sliceMs: 0 })
          expect(pieces.join('')).toBe(JSON.stringify(value))
        },
      ),
    )
  })

  it('leaves out what JSON.stringify leaves out: undefined fields, functions; undefined in a list is null', async () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { d: () => 1, e: [1] }, f: 'x' }
    const pieces = await stringifyInSlices(value, { elementWiseFrom: 0, pieceChars: 3 })
    expect(pieces.join('')).toBe(JSON.stringify(value))
  })

  it('cuts a long list into pieces and gives the page turns while it writes', async () => {
    const quotes = Array.from({ length: 5_000 }, (_, i) => ({ id: `q-${i}`, text: 'x'.repeat(40) }))
    let turns = 0
    const counting = setInterval(() => (turns += 1), 0)
    try {
      const pieces = await stringifyInSlices({ quotes }, { sliceMs: 1, pieceChars: 16 * 1024 })
      expect(pieces.length).toBeGreaterThan(10)
      expect(pieces.every((piece) => piece.length < 16 * 1024 + 100)).toBe(true)
      expect(pieces.join('')).toBe(JSON.stringify({ quotes }))
    } finally {
      clearInterval(counting)
    }
    expect(turns).toBeGreaterThan(0)
  })
})
