import { useState } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { groupInstruments } from './instrument-groups'

/**
 * Which instruments the region shows, by group; kept in the URL (?instruments=). Everything is
 * shown until the viewer unticks something.
 */
export function InstrumentPicker({
  instruments,
  chosen,
  onChange,
}: {
  instruments: readonly Instrument[]
  chosen: readonly string[] | null
  onChange: (ids: string[] | null) => void
}) {
  // The checkboxes exist only while the list is open: fewer nodes on a page of charts.
  const [open, setOpen] = useState(false)
  const shown = (id: string) => chosen === null || chosen.includes(id)
  const count = chosen === null ? instruments.length : instruments.filter((i) => shown(i.id)).length
  const set = (ids: string[]) => onChange(ids.length === instruments.length ? null : ids)
  const toggle = (ids: readonly string[], on: boolean) => {
    const current = instruments.filter((i) => shown(i.id)).map((i) => i.id)
    set(
      on
        ? instruments.filter((i) => current.includes(i.id) || ids.includes(i.id)).map((i) => i.id)
        : current.filter((id) => !ids.includes(id)),
    )
  }
  return (
    <details className="text-xs" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="btn inline-flex cursor-pointer">
        Instruments: {count} of {instruments.length} shown
      </summary>
      {open && (
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2 rounded border border-line p-2">
          {groupInstruments(instruments).map((group) => {
            const ids = group.instruments.map((i) => i.id)
            const all = ids.every(shown)
            return (
              <fieldset key={group.name} className="min-w-[9rem]">
                <legend className="font-semibold">
                  <label className="inline-flex min-h-6 items-center gap-1">
                    <input
                      type="checkbox"
                      checked={all}
                      onChange={() => toggle(ids, !all)}
                      aria-label={`All of ${group.name}`}
                    />
                    {group.name}
                  </label>
                </legend>
                {group.instruments.map((instrument) => (
                  <label key={instrument.id} className="flex min-h-6 items-center gap-1">
                    <input
                      type="checkbox"
                      checked={shown(instrument.id)}
                      onChange={() => toggle([instrument.id], !shown(instrument.id))}
                    />
                    {instrument.shortName}
                  </label>
                ))}
              </fieldset>
            )
          })}
        </div>
      )}
    </details>
  )
}
