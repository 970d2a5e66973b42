import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The fenced block that follows `<!-- snippet: name -->` in a doc: tests run the docs' own text. */
export function docSnippet(doc: string, name: string): string {
  const text = readFileSync(resolve('docs', doc), 'utf8')
  const marker = `<!-- snippet: ${name} -->`
  const at = text.indexOf(marker)
  if (at < 0) throw new Error(`docs/${doc} has no snippet "${name}"`)
  const match = /```[^\n]*\n([\s\S]*?)\n```/.exec(text.slice(at + marker.length))
  if (!match?.[1]) throw new Error(`docs/${doc}: snippet "${name}" has no code block`)
  return match[1]
}

/** The `add_header Name "value" always;` lines of the nginx example, as headers. */
export function nginxHeaders(): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const match of docSnippet('deploy.md', 'nginx').matchAll(
    /^\s*add_header\s+(\S+)\s+"([^"]*)"/gm,
  )) {
    headers[match[1]!.toLowerCase()] = match[2]!
  }
  return headers
}

/** Records Content-Security-Policy violations in every frame of the page, from the first byte. */
export const recordViolations = () => {
  const list: string[] = []
  Object.defineProperty(window, '__cspViolations', { value: list })
  document.addEventListener('securitypolicyviolation', (event) => {
    list.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
    )
  })
}
