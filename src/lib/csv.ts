/**
 * CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote,
 * a line break or edge spaces, quotes doubled. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe; numbers are
 * written as numbers and never altered. The isolate set around right-to-left text is left out.
 */

import { unisolated } from './bidi-isolate'
import { yieldToPage } from './yield-to-page'

export type CsvCell = string | number | null | undefined

const formulaStart = /^[=+\-@\t\r]/

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const plain = unisolated(value)
  const text = formulaStart.test(plain) ? `'${plain}` : plain
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * A CSV file of these parts, starting with UTF-8's byte order mark: without it, Excel on Windows
 * opens the file in the machine's legacy code page, and accents and non-Latin names come out garbled.
 */
export function csvFile(parts: readonly BlobPart[]): Blob {
  return new Blob(['\uFEFF', ...parts], { type: 'text/csv;charset=utf-8' })
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}

/**
 * toCsv of a header and a row per item, as a Blob made a slice at a time: the page gets a turn
 * every `sliceMs`, so thousands of rows (and their encoding) never block it.
 */
export async function csvBlobInSlices<T>(
  header: readonly CsvCell[],
  items: readonly T[],
  rowOf: (item: T) => readonly CsvCell[],
  // Each slice's text is then encoded into its Blob, which takes about as long again.
  sliceMs = 10,
): Promise<Blob> {
  const parts: Blob[] = []
  let lines = [header.map(cell).join(',')]
  let sliceStart = performance.now()
  const endSlice = () => {
    parts.push(new Blob([lines.join('\r\n') + '\r\n']))
    lines = []
  }
  for (const item of items) {
    lines.push(rowOf(item).map(cell).join(','))
    if (performance.now() - sliceStart > sliceMs) {
      endSlice()
      await yieldToPage()
      sliceStart = performance.now()
    }
  }
  if (lines.length > 0) endSlice()
  return csvFile(parts)
}
