import { DownloadIcon } from './icons'

type Props = {
  onClick: () => void
  /** While the file is being written. */
  busy: boolean
  /** What it downloads, for a screen reader: "Download the 12 quotes shown as CSV". */
  label: string
  title: string
}

/** "↓ CSV" (the arrow drawn): a list as a file. */
export function CsvButton({ onClick, busy, label, title }: Props) {
  return (
    <button
      type="button"
      className="btn"
      onClick={onClick}
      disabled={busy}
      aria-busy={busy}
      aria-label={label}
      title={title}
    >
      <DownloadIcon /> CSV
    </button>
  )
}
