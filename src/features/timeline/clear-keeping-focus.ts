import { flushSync } from 'react-dom'

/**
 * Clears the selection from a button that goes with it (the header's Clear, a note's): the focus
 * goes to the list's Tab stop, or, before the list is drawn, to the panel's first other control,
 * not to the page. Drawn at once: the selected entry may go with its round, so the Tab stop is
 * read from the list as it is without the selection.
 */
export function clearKeepingFocus(button: HTMLElement, onClear: () => void) {
  const panel = button.closest('section, [role="region"]')
  flushSync(onClear)
  const stop =
    panel?.querySelector<HTMLElement>('[data-roving-head][tabindex="0"]') ??
    [...(panel?.querySelectorAll<HTMLElement>('button') ?? [])].find(
      (other) => other !== button && other.isConnected,
    )
  stop?.focus()
}
