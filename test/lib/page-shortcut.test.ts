import { afterEach, describe, expect, it } from 'vitest'
import { isPageShortcut, singleKeysStorageKey } from '../../src/lib/page-shortcut'
import { writeStoredRaw } from '../../src/lib/stored-json'

/** Whether `key` pressed on `element` (added to the page) counts as the page's shortcut. */
function pressOn(element: HTMLElement, key: string, init: KeyboardEventInit = {}): boolean {
  if (!element.isConnected) document.body.append(element)
  let counted = false
  element.addEventListener('keydown', (event) => (counted = isPageShortcut(event, key)))
  element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }))
  return counted
}

function input(type: string): HTMLInputElement {
  const element = document.createElement('input')
  element.type = type
  return element
}

afterEach(() => {
  document.body.replaceChildren()
  writeStoredRaw(singleKeysStorageKey, null)
})

describe('a page shortcut', () => {
  it('is a plain key on the page or on a control that takes no letters', () => {
    expect(pressOn(document.createElement('button'), 't')).toBe(true)
    expect(pressOn(input('checkbox'), 'q')).toBe(true)
    expect(pressOn(input('range'), 'm')).toBe(true)
  })

  it('is not a letter typed into a text field or a select, nor a key with Ctrl, Cmd or Alt', () => {
    expect(pressOn(input('text'), 't')).toBe(false)
    expect(pressOn(input('search'), '/')).toBe(false)
    expect(pressOn(document.createElement('select'), 'm')).toBe(false)
    expect(pressOn(document.createElement('button'), 'r', { ctrlKey: true })).toBe(false)
    expect(pressOn(document.createElement('button'), 'r', { metaKey: true })).toBe(false)
    expect(pressOn(document.createElement('button'), 'r', { altKey: true })).toBe(false)
  })

  it('is not pressed inside a dialog, nor once the viewer has turned single keys off', () => {
    const dialog = document.createElement('dialog')
    const inside = document.createElement('button')
    dialog.append(inside)
    document.body.append(dialog)
    expect(pressOn(inside, '?')).toBe(false)
    writeStoredRaw(singleKeysStorageKey, 'off')
    expect(pressOn(document.createElement('button'), 't')).toBe(false)
  })
})
