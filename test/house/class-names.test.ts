import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Tailwind generates only the classes it finds whole in the source: in `inset-0${x}` it finds no
// inset-0, and the element silently loses the class (chart layers once fell under their plots so).
const gluedClass = /className=\{`[^`]*?[\w\])-]\$\{/g

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return tsxFiles(path)
    return entry.name.endsWith('.tsx') ? [path] : []
  })
}

describe('class names in src/', () => {
  it('never glue a class to an interpolation (Tailwind would not generate it)', () => {
    const glued = tsxFiles('src').flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(gluedClass)].map((m) => `${path}: ${m[0]}`),
    )
    expect(glued).toEqual([])
  })

  it('the check sees the mistake it is for', () => {
    const sample = 'className={`pointer-events-none absolute inset-0${above ? " z-[1]" : ""}`}'
    expect(sample.match(gluedClass)).toHaveLength(1)
    expect('className={`absolute ${above ? "z-[1]" : ""}`}'.match(gluedClass)).toBeNull()
  })
})
