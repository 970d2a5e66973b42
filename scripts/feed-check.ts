/**
 * Checks a feed, from a folder or an http(s) base URL: loads every resource, validates each with
 * its schema, cross-checks the references, prints one line per problem and a summary.
 * Exit code 0 when the feed is clean, 1 when anything is wrong, 2 on bad usage. Warnings (likely
 * mistakes a feed may mean) are printed but fail only with --strict.
 *
 *   npm run feed:check -- mocks/fixtures
 *   npm run feed:check -- --strict https://intranet.example/trade-talks/feed/
 */
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { instrumentIds } from '../src/feed/cross-check'
import { checkReport } from '../src/feed/check-report'
import { countOf } from '../src/lib/format-count'
import { foldRepeatedFindings } from '../src/feed/repeated-findings'
import { documentPath, feedDocumentNames, type RawFeed } from '../src/feed/raw-feed'
import type { FeedProblem } from '../src/feed/parse'
import { seriesPath } from '../src/feed/schemas/documents'

const documentNames = feedDocumentNames
const FETCH_TIMEOUT_MS = 15_000

type Loaded = { ok: true; json: unknown; bytes: number } | { ok: false; problem: FeedProblem }

const isUrl = (source: string) => /^https?:\/\//i.test(source)

/** Reads one resource of the feed as JSON; a missing file or a failed request is a problem. */
export async function loadResource(source: string, path: string): Promise<Loaded> {
  const fail = (message: string): Loaded => ({
    ok: false,
    problem: { resource: path, path: '$', message },
  })
  let text: string
  if (isUrl(source)) {
    const url = new URL(path, source.endsWith('/') ? source : `${source}/`).href
    try {
      const response = await fetch(url, {
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
        headers: { accept: 'application/json' },
      })
      if (!response.ok)
        return fail(`HTTP ${response.status} ${response.statusText} from ${url} (expected 200)`)
      text = await response.text()
    } catch (error) {
      const cause =
        error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : ''
      return fail(
        `could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}${cause}`,
      )
    }
  } else {
    const file = join(source, path)
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return fail(
        code === 'ENOENT'
          ? `file not found: ${file} (expected a JSON file at this path)`
          : `could not read ${file}: ${String(error)}`,
      )
    }
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown, bytes: Buffer.byteLength(text) }
  } catch (error) {
    return fail(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Loads the six documents and the series of every instrument markets.json declares. */
export async function loadFeed(
  source: string,
): Promise<{ feed: RawFeed; problems: FeedProblem[]; paths: string[] }> {
  const feed: RawFeed = { documents: {}, series: {}, sizes: {} }
  const problems: FeedProblem[] = []
  const record = (loaded: Loaded, store: (json: unknown) => void, path: string) => {
    if (loaded.ok) {
      store(loaded.json)
      feed.sizes = { ...feed.sizes, [path]: loaded.bytes }
    } else problems.push(loaded.problem)
  }
  const loaded = await Promise.all(
    documentNames.map((name) => loadResource(source, documentPath(name))),
  )
  documentNames.forEach((name, i) =>
    record(loaded[i] as Loaded, (json) => (feed.documents[name] = json), documentPath(name)),
  )
  const ids = instrumentIds(feed.documents.markets)
  const series = await Promise.all(ids.map((id) => loadResource(source, seriesPath(id))))
  ids.forEach((id, i) =>
    record(series[i] as Loaded, (json) => (feed.series[id] = json), seriesPath(id)),
  )
  return { feed, problems, paths: [...documentNames.map(documentPath), ...ids.map(seriesPath)] }
}

export function formatProblem({ resource, path, message }: FeedProblem): string {
  return `${resource}  ${path}  ${message}`
}

/** A warning's line: the problem's, its message marked "warning:". */
export function formatWarning(problem: FeedProblem): string {
  return formatProblem({ ...problem, message: `warning: ${problem.message}` })
}

/** Checks the feed at a folder or URL; returns the lines to print and the exit code. */
export async function runFeedCheck(
  source: string,
  { strict = false }: { strict?: boolean } = {},
): Promise<{ lines: string[]; problems: FeedProblem[]; warnings: FeedProblem[]; exitCode: 0 | 1 }> {
  const { feed, problems: loadProblems, paths } = await loadFeed(source)
  const { problems, warnings, files, broken } = checkReport(feed, loadProblems, paths)
  const summary =
    problems.length === 0 && warnings.length === 0
      ? `feed-check: OK, ${files} files checked at ${source}, no problems`
      : problems.length === 0
        ? `feed-check: ${strict ? 'FAILED (--strict)' : 'OK'} with ${countOf(warnings.length, 'warning')} in ${broken} of ${files} files at ${source}`
        : `feed-check: ${countOf(problems.length, 'problem')}${warnings.length > 0 ? ` and ${countOf(warnings.length, 'warning')}` : ''} in ${broken} of ${files} files at ${source}`
  return {
    lines: [
      ...foldRepeatedFindings(problems).map(formatProblem),
      ...foldRepeatedFindings(warnings).map(formatWarning),
      summary,
    ],
    problems,
    warnings,
    exitCode: problems.length > 0 || (strict && warnings.length > 0) ? 1 : 0,
  }
}

async function main(args: string[]) {
  const strict = args.includes('--strict')
  const rest = args.filter((arg) => arg !== '--strict')
  const source = rest[0]
  if (source === undefined || rest.length > 1 || source === '--help' || source === '-h') {
    console.error('usage: npm run feed:check -- [--strict] <folder or http(s) base URL>')
    console.error('  --strict  exit 1 on warnings too')
    process.exitCode = 2
    return
  }
  const { lines, exitCode } = await runFeedCheck(isUrl(source) ? source : resolve(source), {
    strict,
  })
  for (const line of lines) console.log(line)
  process.exitCode = exitCode
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2))
}
