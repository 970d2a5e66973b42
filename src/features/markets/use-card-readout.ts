import { useCallback, useMemo } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import type { Basis } from '../../lib/rebase'
import type { MoveUnit } from '../../lib/move-unit'
import { readoutAt, readoutWords, type ReadoutInput } from './readout-at'
import type { Span } from './series-view'
import { useThisYear } from '../../hooks/clock-context'
import { wholeNameIn } from './whole-name'

type Point = { t: number; v: number }
type View = { inWindow: readonly Point[]; before: Point | null; trading: readonly Span[] | null }

/**
 * What the card's readout reads (the value at the crosshair, or the last), and the same in words
 * for the plot's keyboard crosshair. Null while the series has not loaded.
 */
export function useCardReadout(
  instrument: Instrument,
  view: View | null,
  basis: Basis,
  unit: MoveUnit,
  base: ReadoutInput['base'],
  zone: string,
  referenceAt: number | null,
  reference: Point | null = null,
) {
  const thisYear = useThisYear(zone)
  const input = useMemo(
    (): ReadoutInput | null =>
      view
        ? {
            instrument,
            points: view.inWindow,
            before: view.before,
            basis,
            unit,
            trading: view.trading,
            base,
            zone,
            thisYear,
            referenceAt,
            reference,
          }
        : null,
    // The base by its fields: the card makes a new object each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      instrument,
      view,
      basis,
      unit,
      base?.value,
      base?.label,
      base?.wholeLabel,
      base?.after,
      base?.from,
      zone,
      thisYear,
      referenceAt,
      reference?.t,
      reference?.v,
    ],
  )
  const describe = useCallback(
    // Read by screen readers: the event's whole name where the readout shows it cut.
    (t: number | null) =>
      input ? wholeNameIn(readoutWords(readoutAt(input, t)), input.base) : 'No data',
    [input],
  )
  return { input, describe }
}
