/**
 * Characters in feed text that a browser cannot show as text: control characters (drawn as a box,
 * or not at all) and direction controls left open (the rest of the text laid out in the wrong
 * direction) or closing nothing (ending the isolate the page sets around the text early).
 */

/** How a text field is shown: `line` on one line (names, titles), `prose` as running text. */
export type TextKind = 'line' | 'prose'

export type TextFault =
  | { kind: 'control'; ch: string }
  | { kind: 'break'; ch: string }
  | { kind: 'unclosed'; ch: string }
  | { kind: 'stray'; ch: string }

/** C0 controls, U+0000 to U+001F, by the names of their Unicode aliases. */
const c0 = [
  'null',
  'start of heading',
  'start of text',
  'end of text',
  'end of transmission',
  'enquiry',
  'acknowledge',
  'bell',
  'backspace',
  'tab',
  'line feed',
  'vertical tab',
  'form feed',
  'carriage return',
  'shift out',
  'shift in',
  'data link escape',
  'device control one',
  'device control two',
  'device control three',
  'device control four',
  'negative acknowledge',
  'synchronous idle',
  'end of transmission block',
  'cancel',
  'end of medium',
  'substitute',
  'escape',
  'file separator',
  'group separator',
  'record separator',
  'unit separator',
]

/** C1 controls, U+0080 to U+009F. */
const c1 = [
  'padding character',
  'high octet preset',
  'break permitted here',
  'no break here',
  'index',
  'next line',
  'start of selected area',
  'end of selected area',
  'character tabulation set',
  'character tabulation with justification',
  'line tabulation set',
  'partial line forward',
  'partial line backward',
  'reverse line feed',
  'single shift two',
  'single shift three',
  'device control string',
  'private use one',
  'private use two',
  'set transmit state',
  'cancel character',
  'message waiting',
  'start of guarded area',
  'end of guarded area',
  'start of string',
  'single graphic character introducer',
  'single character introducer',
  'control sequence introducer',
  'string terminator',
  'operating system command',
  'privacy message',
  'application program command',
]

/**
 * What bytes 0x80 to 0x9F are in Windows-1252. A C1 control in text is nearly always one of them
 * decoded as Latin-1 (a ’ become U+0092); a space where Windows-1252 has no character.
 */
const windows1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ'

const direction: Record<string, string> = {
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
}

const others: Record<string, string> = {
  '\u007f': 'delete',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
}

/** "U+000B vertical tab"; a C1 control with the Windows-1252 character it likely stood for. */
export function nameOf(ch: string): string {
  const code = ch.codePointAt(0)!
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  if (code < 0x20) return `${hex} ${c0[code]!}`
  if (code >= 0x80 && code < 0xa0) {
    const meant = windows1252[code - 0x80]!
    const hint = meant === ' ' ? '' : ` (a Windows-1252 ${meant} read as Latin-1?)`
    return `${hex} ${c1[code - 0x80]!}${hint}`
  }
  return `${hex} ${direction[ch] ?? others[ch] ?? 'character'}`
}

// What a field may not hold, tested first: most text holds none of it, and is passed at once.
// \p{Cc} is U+0000 to U+001F and U+007F to U+009F, the C0 and C1 controls and delete.
const suspectInProse = /(?![\t\n\r])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u
const suspectInLine = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u
const lineBreak = /[\t\n\r\u2028\u2029]/
const control = /\p{Cc}/u
const embeddings = /[\u202a\u202b\u202d\u202e]/
const isolates = /[\u2066-\u2068]/

/**
 * Direction controls as the Unicode bidi algorithm pairs them within one field: an embedding or
 * override closed by U+202C, an isolate by U+2069 (which also closes the embeddings opened inside
 * it). A U+202C does not close across an open isolate.
 */
function directionFaults(text: string): TextFault[] {
  const open: { ch: string; isolate: boolean }[] = []
  const faults: TextFault[] = []
  for (const ch of text) {
    if (embeddings.test(ch)) open.push({ ch, isolate: false })
    else if (isolates.test(ch)) open.push({ ch, isolate: true })
    else if (ch === '\u202c') {
      if (open.length > 0 && !open.at(-1)!.isolate) open.pop()
      else faults.push({ kind: 'stray', ch })
    } else if (ch === '\u2069') {
      const last = open.findLastIndex((entry) => entry.isolate)
      if (last >= 0) open.length = last
      else faults.push({ kind: 'stray', ch })
    }
  }
  return [...open.map(({ ch }): TextFault => ({ kind: 'unclosed', ch })), ...faults]
}

/**
 * What in `text` a browser would not show as the feed means it, each character once, in order of
 * first appearance; empty for clean text. Tab, line feed and carriage return are white space in
 * running text, and read as a space in text shown on one line, where they are reported too.
 */
export function textFaults(text: string, kind: TextKind): TextFault[] {
  if (!(kind === 'line' ? suspectInLine : suspectInProse).test(text)) return []
  const faults: TextFault[] = []
  const seen = new Set<string>()
  let bidi = false
  for (const ch of text) {
    if (Object.hasOwn(direction, ch)) bidi = true
    else if (seen.has(ch)) continue
    else if (lineBreak.test(ch)) {
      if (kind === 'line') faults.push({ kind: 'break', ch })
    } else if (control.test(ch)) faults.push({ kind: 'control', ch })
    seen.add(ch)
  }
  if (!bidi) return faults
  const unpaired = directionFaults(text).filter(
    (fault, i, all) => all.findIndex((f) => f.kind === fault.kind && f.ch === fault.ch) === i,
  )
  return [...faults, ...unpaired]
}
