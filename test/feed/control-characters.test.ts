// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nameOf, textFaults } from '../../src/feed/control-characters'

const controls = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu
// Test data: any code point, or one of the characters looked for, more often than chance gives.
const character = fc.oneof(
  fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
  fc.constantFrom('\v', '\0', '\n', '\t', '\x85', '\u2028', '\u202e', '\u202c', '\u2067', '\u2069'),
)

describe('control characters in feed text', () => {
  it('are named by code point, a C1 control with the Windows-1252 character it stood for', () => {
    expect(['\v', '\0', '\x7f', '\u202e', '\u2028'].map(nameOf)).toEqual([
      'U+000B vertical tab',
      'U+0000 null',
      'U+007F delete',
      'U+202E right-to-left override',
      'U+2028 line separator',
    ])
    expect(['\x85', '\x92', '\x81', '\x9f'].map(nameOf)).toEqual([
      'U+0085 next line (a Windows-1252 … read as Latin-1?)',
      'U+0092 private use two (a Windows-1252 ’ read as Latin-1?)',
      'U+0081 high octet preset',
      'U+009F application program command (a Windows-1252 Ÿ read as Latin-1?)',
    ])
  })

  it('are found once each; tab and line breaks only in a field shown on one line', () => {
    expect(textFaults('Rare\vearths\v and \0', 'prose')).toEqual([
      { kind: 'control', ch: '\v' },
      { kind: 'control', ch: '\0' },
    ])
    expect(textFaults('First paragraph.\r\n\tSecond\u2028paragraph.', 'prose')).toEqual([])
    expect(textFaults('Lancaster\nHouse\t', 'line')).toEqual([
      { kind: 'break', ch: '\n' },
      { kind: 'break', ch: '\t' },
    ])
    expect(textFaults('Day\f1', 'line')).toEqual([{ kind: 'control', ch: '\f' }])
    expect(textFaults('Plain text, “quoted” – 中文 – عربي', 'line')).toEqual([])
  })

  it('pair direction controls as browsers do: open ones and ones that close nothing are found', () => {
    expect(textFaults('\u202eevil\u202c and \u2067عربي\u2069', 'prose')).toEqual([])
    // An isolate closes the embeddings opened inside it.
    expect(textFaults('\u2068\u202bنص\u2069 after', 'prose')).toEqual([])
    expect(textFaults('\u202eexe.txt', 'prose')).toEqual([{ kind: 'unclosed', ch: '\u202e' }])
    expect(textFaults('text\u2069 and \u202c', 'line')).toEqual([
      { kind: 'stray', ch: '\u2069' },
      { kind: 'stray', ch: '\u202c' },
    ])
    // A U+202C does not close an embedding across an open isolate.
    expect(textFaults('\u202b\u2066a\u202cb\u2069', 'prose')).toEqual([
      { kind: 'unclosed', ch: '\u202b' },
      { kind: 'stray', ch: '\u202c' },
    ])
  })

  it('find nothing in text without them, and only characters the text holds', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: character, maxLength: 60 }),
        fc.constantFrom('line' as const, 'prose' as const),
        (text, kind) => {
          expect(textFaults(text.replace(controls, ''), kind)).toEqual([])
          const faults = textFaults(text, kind)
          for (const { ch } of faults) expect(text).toContain(ch)
          expect(new Set(faults.map((f) => `${f.kind} ${f.ch}`)).size).toBe(faults.length)
        },
      ),
    )
  })

  it('find nothing in text whose direction controls pair up, and what is left open or closes nothing', () => {
    const { text: balanced } = fc.letrec<{ text: string }>((tie) => ({
      text: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('', 'a', 'ب ', '5', 'עברית'),
        fc
          .tuple(fc.constantFrom('\u202a', '\u202b', '\u202d', '\u202e'), tie('text'))
          .map(([open, inner]) => `${open}${inner}\u202c`),
        fc
          .tuple(fc.constantFrom('\u2066', '\u2067', '\u2068'), tie('text'))
          .map(([open, inner]) => `${open}${inner}\u2069`),
        fc.tuple(tie('text'), tie('text')).map(([a, b]) => `${a}${b}`),
      ),
    }))
    const opener = fc.constantFrom(
      '\u202a',
      '\u202b',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
    )
    const closer = fc.constantFrom('\u202c', '\u2069')
    fc.assert(
      fc.property(balanced, opener, closer, (text, open, close) => {
        expect(textFaults(text, 'line')).toEqual([])
        expect(textFaults(`${text}${open}`, 'line')).toEqual([{ kind: 'unclosed', ch: open }])
        expect(textFaults(`${close}${text}`, 'line')).toEqual([{ kind: 'stray', ch: close }])
      }),
    )
  })
})
