import { describe, expect, it } from 'vitest'
import { wallFilterHref } from '../../../src/features/timeline/quote-wall-link'

describe('a timeline link to the quote wall’s stretch of quotes ("+23 more quotes")', () => {
  it('drops a selection that would filter the wall to fewer than the quotes it counts', () => {
    const from = Date.parse('2026-11-13T00:17:00Z')
    const to = Date.parse('2026-11-14T09:17:00Z')
    const href = wallFilterHref('?session=tokyo-day-1&topic=tariffs&person=a&tz=Asia/Tokyo', {
      from,
      to,
    })
    const params = new URLSearchParams(href.slice(0, href.indexOf('#')))
    expect(params.has('session')).toBe(false)
    expect(params.has('topic')).toBe(false)
    expect(params.has('person')).toBe(false)
    expect(params.get('tz')).toBe('Asia/Tokyo')
    expect(params.get('from')).toBe('2026-11-13T00:17Z')
  })
})
