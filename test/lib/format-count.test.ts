import { describe, expect, it } from 'vitest'
import { countOf } from '../../src/lib/format-count'

describe('countOf', () => {
  it('writes one of a thing in the singular and any other count in the plural, with separators', () => {
    expect(countOf(1, 'file')).toBe('1 file')
    expect(countOf(0, 'warning')).toBe('0 warnings')
    expect(countOf(20_000, 'more quote')).toBe('20,000 more quotes')
  })
})
