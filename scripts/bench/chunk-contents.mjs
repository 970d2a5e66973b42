// What each JavaScript chunk of the production build holds: its size (raw and gzip) and its largest
// modules by rendered size, so the next cut is visible. Builds on its own into a temporary folder
// (the dashboard's dist/ is untouched), with the project's own Vite config.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const topModules = 6

/** A module id as a short name: the package for node_modules, the repo path otherwise. */
function shortName(id) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const inPackages = clean.lastIndexOf('node_modules/')
  if (inPackages >= 0) {
    const parts = clean.slice(inPackages + 'node_modules/'.length).split('/')
    return parts[0].startsWith('@')
      ? `${parts[0]}/${parts[1]} (${parts.slice(2).join('/')})`
      : `${parts[0]} (${parts.slice(1).join('/')})`
  }
  return relative(resolve('.'), clean)
}

/** Gzip bytes of the JS of a page that only uses the project's libraries, built with its config. */
async function librariesAloneGzip() {
  const outDir = mkdtempSync(join(tmpdir(), 'ttm-libraries-'))
  try {
    const output = await build({
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        chunkSizeWarningLimit: 5000,
        rolldownOptions: { input: resolve('scripts/bench/libraries-alone-page.tsx') },
      },
    })
    const chunks = [output].flat().flatMap((result) => result.output)
    return chunks
      .filter((chunk) => chunk.type === 'chunk')
      .reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0)
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

export default {
  name: 'chunk-contents',
  description: 'each JS chunk of the production build: size and largest modules',
  async run() {
    const outDir = mkdtempSync(join(tmpdir(), 'ttm-chunks-'))
    const chunks = []
    try {
      await build({
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
        plugins: [
          {
            name: 'ttm-chunk-contents',
            generateBundle(_options, bundle) {
              for (const output of Object.values(bundle)) {
                if (output.type !== 'chunk') continue
                const modules = Object.entries(output.modules).map(([id, info]) => ({
                  name: shortName(id),
                  bytes: info.renderedLength,
                }))
                chunks.push({
                  file: output.fileName,
                  entry: output.isEntry,
                  dynamic: output.isDynamicEntry,
                  modules,
                })
              }
            },
          },
        ],
      })
      console.log(
        '\n## JS chunks (largest first), with their largest modules (rendered bytes, before minification)',
      )
      const sized = chunks.map((chunk) => {
        const code = readFileSync(join(outDir, chunk.file))
        return { ...chunk, raw: code.length, gzip: gzipSync(code).length }
      })
      for (const chunk of sized.sort((a, b) => b.gzip - a.gzip)) {
        const kind = chunk.entry ? 'entry' : chunk.dynamic ? 'loaded on demand' : 'shared'
        console.log(
          `${chunk.file}  ${(chunk.gzip / 1024).toFixed(1)} KB gzip, ${(chunk.raw / 1024).toFixed(1)} KB raw (${kind})`,
        )
        for (const m of chunk.modules.sort((a, b) => b.bytes - a.bytes).slice(0, topModules)) {
          console.log(`    ${(m.bytes / 1024).toFixed(1).padStart(7)} KB  ${m.name}`)
        }
      }
      const total = sized.reduce((sum, c) => sum + c.gzip, 0)
      console.log(
        `all chunks: ${(total / 1024).toFixed(1)} KB gzip (the demo feed's chunk included)`,
      )
      const libraries = await librariesAloneGzip()
      console.log(
        `the libraries alone (React, React DOM, Recharts' axis on its surface, TanStack Query and Virtual, zod/mini; scripts/bench/libraries-alone-page.tsx): ${(libraries / 1024).toFixed(1)} KB gzip`,
      )
    } finally {
      rmSync(outDir, { recursive: true, force: true })
    }
  },
}
