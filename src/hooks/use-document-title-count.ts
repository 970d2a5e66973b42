import { useEffect } from 'react'

export const appTitle = 'Trade Talks Monitor'

/** The tab title with a count of new items: "(3) Trade Talks Monitor"; the plain title at 0. */
export function titleWithCount(count: number, title: string = appTitle): string {
  return count > 0 ? `(${count > 99 ? '99+' : count}) ${title}` : title
}

/** Keeps document.title in step with `count`; restores the title it found when unmounted. */
export function useDocumentTitleCount(count: number, title: string = appTitle): void {
  useEffect(() => {
    const before = document.title
    return () => {
      document.title = before
    }
  }, [])
  useEffect(() => {
    document.title = titleWithCount(count, title)
  }, [count, title])
}
