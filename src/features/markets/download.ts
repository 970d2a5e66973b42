import { toCsv, type CsvCell } from '../../lib/csv'

/** Saves rows as a CSV file through a Blob link (nothing leaves the browser). */
export function downloadCsv(filename: string, rows: readonly (readonly CsvCell[])[]) {
  const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener noreferrer'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
