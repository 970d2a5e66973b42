import { csvFile, toCsv, type CsvCell } from './csv'

/** Saves a file through a Blob link (nothing leaves the browser). */
export function saveFile(filename: string, blob: Blob) {
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

/** Saves rows as a CSV file. */
export function downloadCsv(filename: string, rows: readonly (readonly CsvCell[])[]) {
  saveFile(filename, csvFile([toCsv(rows)]))
}
