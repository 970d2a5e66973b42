import { describe, expect, it } from 'vitest'
import { oneLine } from '../../src/lib/one-line'

describe('one line of text', () => {
  it('makes every line break and control character, with the spaces around it, one space', () => {
    expect(oneLine('London round \r\n (test)\tDay\u00851\u2028two\u000bthree')).toBe(
      'London round (test) Day 1 two three',
    )
  })

  it('keeps the direction isolates and ordinary spacing', () => {
    expect(oneLine('\u2068جنيف\u2069  round')).toBe('\u2068جنيف\u2069  round')
  })
})
