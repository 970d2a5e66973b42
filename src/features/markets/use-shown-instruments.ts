import { useMemo } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { useUrlParam } from '../../hooks/use-url-param'
import { groupInstruments } from './instrument-groups'

const none: readonly string[] = []

/**
 * The instruments the viewer shows (?instruments=, or the one of ?instrument= alone), group by
 * group where the feed groups them. Ids the feed does not list are not shown (`absent`, for the
 * panel to say so once the feed's instruments are read); a choice that names none of its
 * instruments shows all. `chosen` is the choice as shown: the ids in the feed, null for all.
 */
export function useShownInstruments(all: readonly Instrument[], only: string | null) {
  const [asked, setChosen] = useUrlParam('instruments')
  const { instruments, chosen, absent } = useMemo(() => {
    if (only) return { instruments: all.filter((i) => i.id === only), chosen: null, absent: none }
    const picked = asked ? all.filter((i) => asked.includes(i.id)) : []
    const list = picked.length > 0 ? picked : all
    return {
      instruments: list.some((i) => i.group)
        ? groupInstruments(list).flatMap((g) => g.instruments)
        : list,
      chosen: picked.length > 0 ? picked.map((i) => i.id) : null,
      absent: asked ? asked.filter((id) => !all.some((i) => i.id === id)) : none,
    }
  }, [all, only, asked])
  return { instruments, chosen, absent, setChosen }
}
