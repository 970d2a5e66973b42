import { describe, expect, it } from 'vitest'
import { foldRepeatedFindings } from '../../src/feed/repeated-findings'

const nullAt = (i: number, resource = 'series/spx.json') => ({
  resource,
  path: `$.points[${i}].v`,
  message: 'expected a number, got null',
})

describe('repeated findings', () => {
  it('read as one line per run: the first path, how many more, up to which', () => {
    expect(foldRepeatedFindings([0, 1, 2, 519].map((i) => nullAt(i)))).toEqual([
      { ...nullAt(0), message: 'expected a number, got null (and 3 more, to $.points[519].v)' },
    ])
  })

  it('count thousands as the page does', () => {
    const run = Array.from({ length: 17_142 }, (_, i) => nullAt(i))
    expect(foldRepeatedFindings(run)[0]?.message).toBe(
      'expected a number, got null (and 17,141 more, to $.points[17141].v)',
    )
  })

  it('stay apart in another file, with another message or at another kind of path', () => {
    const findings = [
      nullAt(0),
      nullAt(1, 'series/ixic.json'),
      { ...nullAt(2, 'series/ixic.json'), message: 'expected a number, got "n/a"' },
      { ...nullAt(3, 'series/ixic.json'), path: '$.points[3].t' },
      nullAt(4, 'series/ixic.json'),
    ]
    expect(foldRepeatedFindings(findings)).toEqual(findings)
  })
})
