/**
 * CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote,
 * a line break or edge spaces, quotes doubled. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe; numbers are
 * written as numbers and never altered. The isolate set around right-to-left text is left out.
 */

import { unisolated } from './bidi-isolate'

export type CsvCell = string | number | null | undefined

const formulaStart = /^[=+\-@\t\r]/

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const plain = unisolated(value)
  const text = formulaStart.test(plain) ? `'${plain}` : plain
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
