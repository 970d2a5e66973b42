import { useMemo } from 'react'
import type { Instrument } from '../../feed/schemas/types'
import { useUrlParam } from '../../hooks/use-url-param'
import { groupInstruments } from './instrument-groups'

/**
 * The instruments the viewer shows (?instruments=, or the one of ?instrument= alone), group by
 * group where the feed groups them. Ids the feed no longer lists are ignored; a choice that names
 * none of its instruments shows all.
 */
export function useShownInstruments(all: readonly Instrument[], only: string | null) {
  const [chosen, setChosen] = useUrlParam('instruments')
  const instruments = useMemo(() => {
    if (only) return all.filter((i) => i.id === only)
    const picked = chosen ? all.filter((i) => chosen.includes(i.id)) : []
    const list = picked.length > 0 ? picked : all
    return list.some((i) => i.group) ? groupInstruments(list).flatMap((g) => g.instruments) : list
  }, [all, only, chosen])
  return { instruments, chosen, setChosen }
}
