const allowedProtocols = new Set(['http:', 'https:'])

/**
 * The URL, normalised, if it is an absolute http or https URL; otherwise null.
 *
 * The check runs on the URL as the browser itself parses it (the WHATWG parser drops leading
 * control characters and spaces and tabs or newlines inside the scheme), so obfuscated spellings
 * such as " jav\tascript:", "JaVaScRiPt:", "\u0001javascript:" are read as the browser would read
 * them and rejected. Relative URLs, data:, vbscript:, file: and anything unparsable are rejected.
 * The returned string is the parser's own serialisation, so what is checked is what is linked.
 */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 4096) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!allowedProtocols.has(parsed.protocol) || parsed.hostname === '') return null
  return parsed.href
}
