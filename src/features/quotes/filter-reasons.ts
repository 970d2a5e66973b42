import { activeFilterChips, type FilterContext } from './quote-filter-chips'

/**
 * Each filter in force, in words ("the search “tariffs”", "side US", "session London, Day 2"), for
 * the empty state: the chips' names, read as a phrase ("the London round", not "round London round").
 */
export function filterReasons(query: string, context: FilterContext): string[] {
  const chips = activeFilterChips(context)
    .filter((chip) => chip.key !== 'sort')
    .map(({ key, label }) => {
      const round = key === 'round' ? label.slice('Round: '.length) : null
      if (round !== null && /\bround\b/i.test(round)) return `the ${round}`
      return label.replace(/^(\w+):? /, (_, word: string) => `${word.toLowerCase()} `)
    })
  return query.trim() ? [`the search “${query.trim()}”`, ...chips] : chips
}
