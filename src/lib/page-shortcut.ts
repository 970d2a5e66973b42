import { readStoredRaw } from './stored-json'

/**
 * Where the viewer's choice to turn the page's single-key shortcuts off is kept: speech input can
 * type a letter that moves the focus (WCAG 2.1.4). "off" when turned off.
 */
export const singleKeysStorageKey = 'ttm:single-key-shortcuts'

/** Inputs that take no letters: a shortcut typed on one is still a shortcut. */
const letterless = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'])

/** Whether a key press lands where a letter is typed (a text field, a select's type-ahead). */
function isTypingTarget(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !letterless.has(target.type)
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName))
  )
}

/**
 * Whether a key press is the page-wide shortcut `key`: single-key shortcuts on, without Ctrl, Cmd
 * or Alt (the browser's and the system's), not typed into a field, and not inside an open dialog
 * (the page behind is inert).
 */
export function isPageShortcut(event: KeyboardEvent, key: string): boolean {
  if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey) return false
  if (isTypingTarget(event.target)) return false
  if (event.target instanceof Element && event.target.closest('dialog')) return false
  return readStoredRaw(singleKeysStorageKey) !== 'off'
}
