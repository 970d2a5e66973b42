/**
 * feed:check's warning on text a browser cannot show as the feed means it (control-characters.ts):
 * one finding per field, naming each character by its code point. The page still shows the
 * record, so a warning. Findings of one field come together, those with the same message first to
 * last, so a document where many records share the fault reads as one line
 * (repeated-findings.ts).
 */
import type { FeedFinding } from './check-findings'
import { nameOf, textFaults, type TextFault, type TextKind } from './control-characters'
import { readerNames } from './lookalike-names'
import { jsonPath } from './parse'
import { documentPath, feedDocumentNames, isRecord, type RawFeed, type Segment } from './raw-feed'
import { seriesPath } from './schemas/documents'
import { textFields } from './text-fields'

const found: Record<TextFault['kind'], (ch: string) => string> = {
  control: nameOf,
  break: nameOf,
  unclosed: (ch) => `${nameOf(ch)} not closed`,
  stray: (ch) => `${nameOf(ch)} that closes nothing`,
}

const expected: Record<TextFault['kind'], string> = {
  control: 'text without control characters, which a browser draws as a box or not at all',
  break: 'one line: the page shows this field as one line, a line break or tab in it as a space',
  unclosed:
    'each embedding or override closed by U+202C, and each isolate by U+2069, in the same field: left open, they lay out the rest of the text in the wrong direction',
  stray:
    'U+202C and U+2069 only after the control each closes: a lone U+2069 ends the isolate the page sets around the text',
}

export function describeFaults(faults: readonly TextFault[]): string {
  const kinds = [...new Set(faults.map((fault) => fault.kind))]
  const what = faults.map((fault) => found[fault.kind](fault.ch)).join(', ')
  return `${what} (expected ${kinds.map((kind) => expected[kind]).join('; ')})`
}

/** Each string at `segments` (`*`: every element of a list) under `value`, with its path. */
function visitStrings(
  value: unknown,
  segments: readonly string[],
  path: Segment[],
  visit: (text: string, path: Segment[]) => void,
): void {
  if (path.length === segments.length) {
    if (typeof value === 'string') visit(value, path)
    return
  }
  const segment = segments[path.length]!
  if (segment === '*') {
    if (!Array.isArray(value)) return
    for (let i = 0; i < value.length; i += 1) {
      path.push(i)
      visitStrings(value[i], segments, path, visit)
      path.pop()
    }
  } else if (isRecord(value) && Object.hasOwn(value, segment)) {
    path.push(segment)
    visitStrings(value[segment], segments, path, visit)
    path.pop()
  }
}

/** Names whose direction controls the name check already reports, as an error. */
const namesChecked = new Set(
  readerNames.map(({ document, list, field }) => `${document} ${list}.*.${field}`),
)

function documentFindings(
  resource: string,
  raw: unknown,
  fields: Record<string, TextKind>,
  fieldsOf: string,
): FeedFinding[] {
  const findings: FeedFinding[] = []
  for (const [field, kind] of Object.entries(fields)) {
    const directionChecked = namesChecked.has(`${fieldsOf} ${field}`)
    const byMessage = new Map<string, FeedFinding[]>()
    visitStrings(raw, field.split('.'), [], (text, path) => {
      let faults = textFaults(text, kind)
      if (directionChecked)
        faults = faults.filter((f) => f.kind === 'control' || f.kind === 'break')
      if (faults.length === 0) return
      const message = describeFaults(faults)
      const finding: FeedFinding = { severity: 'warning', resource, path: jsonPath(path), message }
      const same = byMessage.get(message)
      if (same) same.push(finding)
      else byMessage.set(message, [finding])
    })
    for (const same of byMessage.values()) findings.push(...same)
  }
  return findings
}

export function controlCharacterFindings(feed: RawFeed): FeedFinding[] {
  return [
    ...feedDocumentNames.flatMap((name) =>
      documentFindings(documentPath(name), feed.documents[name], textFields[name], name),
    ),
    ...Object.entries(feed.series).flatMap(([id, raw]) =>
      documentFindings(seriesPath(id), raw, textFields.series, 'series'),
    ),
  ]
}
