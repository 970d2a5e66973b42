import { flushSync } from 'react-dom'

/**
 * Clears the selection from a button that goes with it (the header's Clear, a note's): the focus
 * goes to the list's Tab stop (the entry that was selected, where it stays in the list), or,
 * before the list is drawn, to the panel's first other control, not to the page. The entry is
 * focused first, then the list drawn at once without the selection: an entry that goes with its
 * round hands the focus to the list's new Tab stop.
 */
export function clearKeepingFocus(button: HTMLElement, onClear: () => void) {
  const panel = button.closest('section, [role="region"]')
  const tabStop = () =>
    panel?.querySelector<HTMLElement>('[data-roving-head][tabindex="0"]') ??
    [...(panel?.querySelectorAll<HTMLElement>('button') ?? [])].find(
      (other) => other !== button && other.isConnected,
    )
  tabStop()?.focus()
  flushSync(onClear)
  const focused = document.activeElement
  if (!(focused instanceof HTMLElement) || focused === document.body || !focused.isConnected)
    tabStop()?.focus()
}
