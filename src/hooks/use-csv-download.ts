import { useCallback, useState } from 'react'
import { csvBlobInSlices, type CsvCell } from '../lib/csv'
import { saveFile } from '../lib/download-csv'

/**
 * Saves a list as a CSV file written a slice at a time (a long list takes longer than a frame);
 * `busy` while it is being written.
 */
export function useCsvDownload() {
  const [busy, setBusy] = useState(false)
  const download = useCallback(
    <T>(
      filename: string,
      header: readonly CsvCell[],
      items: readonly T[],
      rowOf: (item: T) => readonly CsvCell[],
    ) => {
      setBusy(true)
      void csvBlobInSlices(header, items, rowOf)
        .then((blob) => saveFile(filename, blob))
        .finally(() => setBusy(false))
    },
    [],
  )
  return { busy, download }
}
