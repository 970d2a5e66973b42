import { vi } from 'vitest'
import { parseCsv } from './parse-csv'

/** The files the page hands to the browser to save (jsdom has no object URLs of its own). */
export function capturedDownloads() {
  const files: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob)
    return url
  }
  URL.revokeObjectURL = () => {}
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs.get(this.href)! })
  })
  return files
}

/** A CSV file's rows as records by column name. */
export async function csvRecords(blob: Blob) {
  const [header, ...rows] = parseCsv(await blob.text())
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]])))
}
