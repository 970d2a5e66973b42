import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { rechartsLayersOnDemand } from '../../scripts/lib/recharts-layers-on-demand'

// The production build makes a Recharts z-index layer only once something is drawn in it (see the
// plugin). Against the Recharts installed: both of its files are rewritten, and a Recharts whose
// lines changed stops the build instead of drawing otherwise.
const recharts = join(
  dirname(createRequire(import.meta.url).resolve('recharts/package.json')),
  'es6',
)
const files = ['state/zIndexSlice.js', 'zIndex/zIndexSelectors.js'].map((file) =>
  join(recharts, file),
)

type Transform = (this: { error: (message: string) => never }, code: string, id: string) => unknown
const transform = rechartsLayersOnDemand().transform as Transform
const context = {
  error: (message: string): never => {
    throw new Error(message)
  },
}
const run = (code: string, id: string) =>
  transform.call(context, code, id) as { code: string } | null

describe('recharts-layers-on-demand', () => {
  it.each(files)('no longer lists the default layers in %s', (file) => {
    const code = readFileSync(file, 'utf8')
    expect(code).toContain('DefaultZIndexes')
    const out = run(code, file)
    expect(out?.code).not.toMatch(
      /Object\.values\(DefaultZIndexes\)\.(reduce|concat)|concat\(Object\.values\(DefaultZIndexes\)\)/,
    )
  })

  it('stops the build when a Recharts file no longer has the line it rewrites', () => {
    expect(() => run('export const changed = true', files[0]!)).toThrow(/no longer has/)
  })

  it('leaves every other file alone', () => {
    expect(run('const x = 1', '/app/node_modules/recharts/es6/chart/LineChart.js')).toBeNull()
  })
})
