import { useEffect } from 'react'
import type { View } from '../hooks/chrome-context'
import { heightMessage } from './height-message'

/**
 * Embedded with ?parent=<origin>, posts the content height to the host page whenever it changes,
 * addressed to that origin only (the browser drops it if the host is another origin).
 */
export function useHeightReporting(parentOrigin: string | null, view: View) {
  useEffect(() => {
    if (!parentOrigin || window.parent === window) return
    const root = document.documentElement
    let last = -1
    let frame = 0
    const send = () => {
      frame = 0
      const height = Math.ceil(root.getBoundingClientRect().height)
      if (height === last) return
      last = height
      window.parent.postMessage(heightMessage(height, view), parentOrigin)
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(send)
    }
    const observer = new ResizeObserver(schedule)
    observer.observe(root)
    observer.observe(document.body)
    send()
    return () => {
      observer.disconnect()
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [parentOrigin, view])
}
