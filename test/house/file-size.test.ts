import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// The house rule (README, "Where things live"): a file in src/ does one job and stays under 200
// lines, or says in its first comment why it is longer.
const limit = 200
const reason = /^\/\/ Longer than 200 lines: \S.{20,}/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('file sizes in src/', () => {
  const long = sourceFiles('src')
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
    .filter(({ text }) => text.split('\n').length - 1 > limit)

  it('every file over 200 lines says why in its first comment', () => {
    expect(long.filter(({ text }) => !reason.test(text)).map(({ path }) => path)).toEqual([])
  })

  it('finds the long files it checks (the walk reads src/)', () => {
    expect(sourceFiles('src').length).toBeGreaterThan(100)
  })
})
