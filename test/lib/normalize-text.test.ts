import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  highlightSegments,
  markedTerms,
  normalizeText,
  normalizeWithMap,
  searchTerms,
} from '../../src/lib/normalize-text'
import { isolate } from '../../src/lib/bidi-isolate'

describe('normalizeText', () => {
  it('folds case, accents and typographic punctuation', () => {
    expect(normalizeText('ZÜRICH Café')).toBe('zurich cafe')
    expect(normalizeText('China’s “not” easy — Straße')).toBe('china\'s "not" easy - strasse')
    expect(normalizeText('Ørsted')).toBe('orsted')
  })

  it('keeps the kana voicing marks that make another word, and folds half-width kana', () => {
    expect(normalizeText('ガス')).not.toBe(normalizeText('カス'))
    expect(normalizeText('ﾊﾟﾝ')).toBe(normalizeText('パン'))
    expect(highlightSegments('ガソリン車も', searchTerms('ｶﾞｿﾘﾝ'))).toEqual([
      { text: 'ガソリン', match: true },
      { text: '車も', match: false },
    ])
    expect(highlightSegments('カソリック', searchTerms('ガソリン'))).toEqual([
      { text: 'カソリック', match: false },
    ])
  })

  it('reads Arabic-Indic and Persian digits as the digits a desk types', () => {
    expect(normalizeText('خلال ٢٠٢٧')).toBe(normalizeText('خلال 2027'))
    expect(normalizeText('سال ۱۴۰۴')).toBe('سال 1404')
    expect(highlightSegments('حصة ٢٥٠ ألف طن', searchTerms('250'))).toEqual([
      { text: 'حصة ', match: false },
      { text: '٢٥٠', match: true },
      { text: ' ألف طن', match: false },
    ])
  })

  it('finds right-to-left text whatever the isolate set around it for the page', () => {
    expect(normalizeText(isolate('جولة الرياض'))).toBe(normalizeText('جولة الرياض'))
    expect(highlightSegments(isolate('جولة الرياض'), searchTerms('الرياض'))).toEqual([
      { text: '\u2068جولة ', match: false },
      { text: 'الرياض', match: true },
      { text: '\u2069', match: false },
    ])
  })

  it('gives the same string as the mapped form used for highlighting', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        expect(normalizeWithMap(text).normalized).toBe(normalizeText(text))
      }),
      { numRuns: 1000 },
    )
    // Found by this property in CI: a compatibility final sigma.
    expect(normalizeWithMap('𝜍').normalized).toBe(normalizeText('𝜍'))
  })
})

describe('markedTerms', () => {
  it('leaves out a lone Latin letter or digit, however typed, and keeps a lone CJK character', () => {
    expect(markedTerms(searchTerms('R 5 É ra 税 25'))).toEqual(['ra', '税', '25'])
  })
})

describe('highlightSegments', () => {
  it('marks accent- and case-insensitive matches in the original text', () => {
    expect(highlightSegments('Café in Zürich', searchTerms('CAFE zurich'))).toEqual([
      { text: 'Café', match: true },
      { text: ' in ', match: false },
      { text: 'Zürich', match: true },
    ])
  })

  it('merges overlapping matches and keeps decomposed accents inside the mark', () => {
    const decomposed = 'Cafe\u0301 noir'
    expect(highlightSegments(decomposed, ['cafe', 'afe noi'])).toEqual([
      { text: 'Cafe\u0301 noi', match: true },
      { text: 'r', match: false },
    ])
  })

  it('marks exactly the characters of every occurrence of a term in plain text', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aAb -'), maxLength: 12 })
    fc.assert(
      fc.property(ascii, fc.array(ascii, { maxLength: 3 }), (text, raw) => {
        const terms = raw.map(normalizeText).filter(Boolean)
        const expected = [...text].map((_, i) =>
          terms.some((term) =>
            [...text].some(
              (_, from) =>
                from <= i && i < from + term.length && text.toLowerCase().startsWith(term, from),
            ),
          ),
        )
        const marked = highlightSegments(text, terms).flatMap((s) => [...s.text].map(() => s.match))
        expect(marked).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('always rebuilds the original text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }),
        (text, raw) => {
          const terms = raw.map(normalizeText).filter(Boolean)
          expect(
            highlightSegments(text, terms)
              .map((s) => s.text)
              .join(''),
          ).toBe(text)
        },
      ),
    )
  })
})
