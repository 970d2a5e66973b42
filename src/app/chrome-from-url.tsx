import { useMemo, type ReactNode } from 'react'
import { ChromeContext, chromeParams, readChrome } from '../hooks/chrome-context'
import { useParamsOf } from '../hooks/use-url-param'

/**
 * Provides the chrome the URL asks for; derived from the URL, so links and history just work. Read
 * from its own parameters only: a new selection or filter leaves the chrome, and every part of the
 * page that reads it, alone.
 */
export function ChromeFromUrl({ children }: { children: ReactNode }) {
  const own = useParamsOf(chromeParams)
  const chrome = useMemo(() => readChrome(own), [own])
  return <ChromeContext value={chrome}>{children}</ChromeContext>
}
