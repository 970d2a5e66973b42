import { describe, expect, it } from 'vitest'
import { quoted } from '../../src/lib/quote-marks'

describe('quoted', () => {
  it('sets a quote in the marks of its language', () => {
    expect(quoted('x', undefined)).toBe('“x”')
    expect(quoted('x', 'en-GB')).toBe('“x”')
    expect(quoted('x', 'ja')).toBe('「x」')
    expect(quoted('x', 'de')).toBe('„x“')
    expect(quoted('x', 'fr')).toBe('«\u202fx\u202f»')
    expect(quoted('x', 'ru')).toBe('«x»')
    expect(quoted('x', 'es-MX')).toBe('«x»')
    expect(quoted('x', 'ar')).toBe('«x»')
    expect(quoted('x', 'pl')).toBe('„x”')
    expect(quoted('x', 'sv')).toBe('”x”')
    expect(quoted('x', 'ko')).toBe('“x”')
  })

  it('follows the region or script where it sets them otherwise', () => {
    expect(quoted('x', 'de-CH')).toBe('«x»')
    expect(quoted('x', 'pt-PT')).toBe('«x»')
    expect(quoted('x', 'pt-BR')).toBe('“x”')
    expect(quoted('x', 'zh-Hant')).toBe('「x」')
    expect(quoted('x', 'zh-Hant-TW')).toBe('「x」')
    expect(quoted('x', 'zh-HK')).toBe('「x」')
    expect(quoted('x', 'zh-Hans')).toBe('“x”')
    expect(quoted('x', 'ZH-TW')).toBe('「x」')
  })
})
