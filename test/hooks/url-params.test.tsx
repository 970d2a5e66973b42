import { readFileSync } from 'node:fs'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { linkWith, malformedParamWarnings, readParam, urlParams } from '../../src/hooks/url-params'
import { setUrlParams, useUrlParam } from '../../src/hooks/use-url-param'

const declared = Object.values(urlParams).map((p) => p.name)

/** Parameter names in the first column of every table in embedding.md. */
function tableParams(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([a-z0-9]+)`/g)].map((m) => m[1]!))
}

/** Parameter names listed in config.md's "URL parameters" section. */
function configParams(markdown: string): string[] {
  const section = markdown.split('## URL parameters')[1]?.split('\n## ')[0] ?? ''
  return [...section.matchAll(/`([a-z0-9]+)(=[a-z]+)?`/g)].map((m) => m[1]!)
}

afterEach(() => window.history.replaceState(null, '', '/'))

describe('every URL parameter, declared once', () => {
  it('each declared parameter is documented in docs/embedding.md, and each documented one is declared', () => {
    const documented = tableParams(readFileSync('docs/embedding.md', 'utf8'))
    expect([...new Set(documented)].sort()).toEqual([...declared].sort())
    const listed = configParams(readFileSync('docs/config.md', 'utf8'))
    expect(listed.length).toBeGreaterThan(20)
    for (const name of listed) expect(declared).toContain(name)
  })

  it('reads typed values, ignores what it does not understand, and writes links that read back the same', () => {
    const search = new URLSearchParams(
      'refresh=60&rotate=2&tz=Mars/Base&window=round:london&from=2025-06-09T17:00Z&kiosk',
    )
    expect(readParam('refresh', search)).toBe(60)
    expect(readParam('rotate', search)).toBeNull()
    expect(readParam('tz', search)).toBeNull()
    expect(readParam('window', search)).toEqual({ kind: 'round', id: 'london' })
    expect(readParam('from', search)).toBe(Date.parse('2025-06-09T17:00:00Z'))
    expect(readParam('kiosk', search)).toBe(true)
    const link = linkWith(
      search.toString(),
      { from: Date.parse('2025-06-10T08:30:00Z'), window: null, quote: 'q-1' },
      '#quotes',
    )
    expect(link).toBe(
      '?refresh=60&rotate=2&tz=Mars%2FBase&from=2025-06-10T08%3A30Z&kiosk=&quote=q-1#quotes',
    )
    expect(readParam('from', new URLSearchParams(link.slice(1, link.indexOf('#'))))).toBe(
      Date.parse('2025-06-10T08:30:00Z'),
    )
    expect(malformedParamWarnings(search)).toEqual([
      '?rotate=2 ignored: a whole number of seconds, at least 5',
      '?tz=Mars/Base ignored: not an IANA time zone (e.g. Europe/London)',
    ])
  })

  it('a component reading one parameter re-renders when that parameter changes, not when another does', () => {
    const counted = { commits: 0 }
    function Zone() {
      const [zone] = useUrlParam('tz')
      counted.commits += 1
      return <p>{zone ?? 'no zone'}</p>
    }
    render(<Zone />)
    const countBefore = counted.commits
    act(() => setUrlParams({ q: 'rare earth' }))
    act(() => setUrlParams({ session: 'london-day-1' }))
    expect(counted.commits).toBe(countBefore)
    act(() => setUrlParams({ tz: 'Asia/Shanghai' }))
    expect(screen.getByText('Asia/Shanghai')).toBeInTheDocument()
    expect(counted.commits).toBe(countBefore + 1)
  })
})
