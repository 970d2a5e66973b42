import { useEffect, useState } from 'react'

/** State that goes back to null `ms` after each value set (a "Copied" mark). */
export function usePassingState<T>(ms = 2500): [T | null, (value: T | null) => void] {
  const [value, setValue] = useState<T | null>(null)
  useEffect(() => {
    if (value === null) return
    const id = setTimeout(() => setValue(null), ms)
    return () => clearTimeout(id)
  }, [value, ms])
  return [value, setValue]
}
