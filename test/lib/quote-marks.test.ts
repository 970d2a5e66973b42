import { describe, expect, it } from 'vitest'
import { quoted } from '../../src/lib/quote-marks'

describe('quoted', () => {
  it.each([
    [undefined, '“x”'],
    ['en-GB', '“x”'],
    ['ja', '「x」'],
    ['de', '„x“'],
    ['fr', '«\u202fx\u202f»'],
    ['ru', '«x»'],
    ['es-MX', '«x»'],
    ['ar', '«x»'],
    ['pl', '„x”'],
    ['sv', '”x”'],
    ['ko', '“x”'],
  ])('sets a quote in the marks of its language (%s)', (lang, expected) => {
    expect(quoted('x', lang)).toBe(expected)
  })

  it.each([
    ['de-CH', '«x»'],
    ['pt-PT', '«x»'],
    ['pt-BR', '“x”'],
    ['zh-Hant', '「x」'],
    ['zh-Hant-TW', '「x」'],
    ['zh-HK', '「x」'],
    ['ZH-TW', '「x」'],
    ['zh-Hans', '“x”'],
  ])('follows the region or script where it sets them otherwise (%s)', (lang, expected) => {
    expect(quoted('x', lang)).toBe(expected)
  })
})
