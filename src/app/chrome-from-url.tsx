import { useMemo, type ReactNode } from 'react'
import { ChromeContext, readChrome } from '../hooks/chrome-context'
import { useSearchText } from '../hooks/use-url-param'

/** Provides the chrome the URL asks for; derived from the URL, so links and history just work. */
export function ChromeFromUrl({ children }: { children: ReactNode }) {
  const search = useSearchText()
  const chrome = useMemo(() => readChrome(new URLSearchParams(search)), [search])
  return <ChromeContext value={chrome}>{children}</ChromeContext>
}
