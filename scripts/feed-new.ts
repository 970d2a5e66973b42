/**
 * Writes a small, valid starter feed for a fictional negotiation into a new folder, with a README
 * that says what to edit. It passes feed:check; point config.json's feedUrl at the folder.
 *
 *   npm run feed:new -- <folder>
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { starterFeed } from './lib/starter-feed'

export const starterReadme = `# Starter feed (fictional)

Written by \`npm run feed:new\`. Everything here is **made up**: Northland, Southland, their people,
the quotes and the prices. It exists to show the shape of a feed; replace it all before anyone
reads it as news. The format is described in docs/feed.md of the dashboard.

## What to edit

| File | What it holds | Edit |
| --- | --- | --- |
| \`index.json\` | Title, sources, rounds, parties, people, topics | Your talks' title and sources; one entry per round (with its city, venue and IANA time zone); the parties and people who speak; the topics. **Remove \`"demo": true\`** once the data is real (it shows the "Demo data" badge). |
| \`sessions.json\` | Negotiating sessions | One per session, with its round, times (with an offset), status and delegations. |
| \`developments.json\` | Statements, data releases, reports | One per development; may be empty. |
| \`quotes.json\` | Verbatim quotes | Only real, verbatim quotes with a source. \`location\` (optional) gives the place and time zone a quote was said in; \`lang\` (optional) the language of a quote not in English (\`zh-Hans\`, \`ja\`, \`ar\`). |
| \`issues.json\` | Open issues and market scenarios | May be empty lists. |
| \`markets.json\` and \`series/<id>.json\` | Instruments and their intraday series | One series file per instrument; its last point must match \`last\` / \`changePercent\` and \`asOf\`; points only within \`tradingHours\`. The example trades 09:00–17:00 Zurich, Monday to Friday (\`days: [1, 2, 3, 4, 5]\`, Sunday is 0): give a real market its own hours. An empty \`instruments\` list is fine. |

Ids are lower-case letters, digits and dashes, and every id you refer to must be declared.

## Check and publish

\`\`\`sh
npm run feed:check -- --strict <this folder>
\`\`\`

Then serve the folder as static files and point the dashboard's \`config.json\` at it:
\`{ "feedUrl": "https://intranet.example/feeds/talks/" }\` (on another server, see the CORS
section of docs/deploy.md).
`

/** Writes the starter feed into `folder` (which must not exist, or be empty). */
export function writeStarterFeed(folder: string, now: number = Date.now()): string[] {
  if (existsSync(folder) && readdirSync(folder).length > 0)
    throw new Error(`${folder} is not empty: choose a new folder`)
  const written: string[] = []
  for (const [path, document] of Object.entries(starterFeed(now))) {
    const file = join(folder, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`)
    written.push(path)
  }
  writeFileSync(join(folder, 'README.md'), starterReadme)
  return [...written, 'README.md']
}

function main(args: string[]) {
  const target = args[0]
  if (target === undefined || args.length > 1 || target.startsWith('-')) {
    console.error('usage: npm run feed:new -- <new folder>')
    process.exitCode = 2
    return
  }
  const folder = resolve(target)
  try {
    const written = writeStarterFeed(folder)
    console.log(`feed-new: wrote a fictional starter feed (${written.length} files) to ${folder}`)
    console.log(
      `next: read ${join(folder, 'README.md')}, then npm run feed:check -- --strict ${target}`,
    )
  } catch (error) {
    console.error(`feed-new: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2))
}
