import { useId } from 'react'

export type Option = { value: string; label: string }

/**
 * A labelled filter select: "All …" first; a value the options lack (a link naming what the feed
 * does not hold; the wall shows its filters once the feed is in) is kept, shown by its id and said
 * to be missing.
 */
export function FilterSelect({
  label,
  value,
  options,
  allLabel,
  note = null,
  onChange,
}: {
  label: string
  value: string | null
  options: Option[]
  allLabel: string
  /** Said after the options, not choosable (e.g. where to find those not listed). */
  note?: string | null
  onChange: (value: string | null) => void
}) {
  const id = useId()
  return (
    <div className="flex flex-col gap-0.5 text-xs text-muted">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="rounded border border-line bg-surface px-1 py-0.5 text-sm text-ink"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {value && !options.some((option) => option.value === value) && (
          <option value={value}>{`${value} (not in the feed)`}</option>
        )}
        {note && <option disabled>{note}</option>}
      </select>
    </div>
  )
}
