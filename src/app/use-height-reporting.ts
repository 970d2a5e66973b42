import { useEffect } from 'react'
import type { View } from '../hooks/url-params'
import { heightMessage } from './height-message'

/** Below a portal's fold the browser stops painting a cross-site iframe (no resize callbacks). */
const fallbackCheckMs = 500

/**
 * Embedded with ?parent=<origin>, posts the content height to the host page whenever it changes,
 * addressed to that origin only (the browser drops it if the host is another origin).
 */
export function useHeightReporting(parentOrigin: string | null, view: View) {
  useEffect(() => {
    if (!parentOrigin || window.parent === window) return
    const root = document.documentElement
    let last = -1
    let pending: ReturnType<typeof setTimeout> | undefined
    const send = () => {
      pending = undefined
      const height = Math.ceil(root.getBoundingClientRect().height)
      if (height === last) return
      last = height
      window.parent.postMessage(heightMessage(height, view), parentOrigin)
    }
    const schedule = () => {
      pending ??= setTimeout(send, 0)
    }
    const observer = new ResizeObserver(schedule)
    observer.observe(root)
    observer.observe(document.body)
    // Resize callbacks stop while the frame is not painted; a slow check keeps the host right.
    const check = setInterval(send, fallbackCheckMs)
    send()
    return () => {
      observer.disconnect()
      clearInterval(check)
      clearTimeout(pending)
    }
  }, [parentOrigin, view])
}
