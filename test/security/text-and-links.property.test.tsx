import { render } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SourceLink } from '../../src/components/source-link'
import { safeHttpUrl } from '../../src/lib/safe-url'
import { hostileUrls, xssPayloads } from './xss-payloads'

const runs = { numRuns: 1000 }

// Arbitrary strings, weighted towards markup and scheme-like prefixes.
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1 }),
  fc.constantFrom(...xssPayloads),
  fc
    .tuple(
      fc.constantFrom('<', '"><', "'", '&#', 'javascript:', '<script>'),
      fc.string({ minLength: 1 }),
    )
    .map(([a, b]) => a + b),
)

const urlLike = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(...hostileUrls),
  fc
    .tuple(
      fc.constantFrom(
        'javascript',
        'JaVaScRiPt',
        'data',
        'vbscript',
        'file',
        'http',
        'https',
        'ftp',
        ' java\tscript',
      ),
      fc.constantFrom(':', '://', '&#58;'),
      fc.string(),
    )
    .map(([scheme, sep, rest]) => scheme + sep + rest),
  fc.string(),
)

describe('feed text and links, over arbitrary input', () => {
  it('a source name renders as text: textContent equals the input, no element is created from it', () => {
    fc.assert(
      fc.property(hostileText, urlLike, (name, url) => {
        const { container, unmount } = render(<SourceLink name={name} url={url} />)
        expect(container.textContent).toBe(name)
        expect(container.querySelectorAll('*').length).toBe(1)
        unmount()
      }),
      runs,
    )
  })

  it('the link helper gives a link only for http(s) URLs, and the link carries noopener noreferrer', () => {
    fc.assert(
      fc.property(urlLike, hostileText, (url, name) => {
        const href = safeHttpUrl(url)
        if (href !== null) expect(['http:', 'https:']).toContain(new URL(href).protocol)
        const { container, unmount } = render(<SourceLink name={name} url={url} />)
        const link = container.querySelector('a')
        expect(link === null).toBe(href === null)
        if (link) {
          expect(link.getAttribute('href')).toBe(href)
          expect(link.getAttribute('rel')).toBe('noopener noreferrer')
        }
        unmount()
      }),
      runs,
    )
  })
})
