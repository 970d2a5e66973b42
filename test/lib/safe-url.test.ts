import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from '../../src/lib/safe-url'

describe('safeHttpUrl', () => {
  it('keeps http and https URLs, normalised', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1')
    expect(safeHttpUrl('HTTP://Example.COM')).toBe('http://example.com/')
    expect(safeHttpUrl('  https://example.com/x  ')).toBe('https://example.com/x')
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'example.com',
    'https://',
    'http:// spaced.example',
    '',
  ])('rejects %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull()
  })

  it('rejects what is not a string', () => {
    expect(safeHttpUrl(undefined)).toBeNull()
    expect(safeHttpUrl(null)).toBeNull()
    expect(safeHttpUrl(42)).toBeNull()
  })
})
