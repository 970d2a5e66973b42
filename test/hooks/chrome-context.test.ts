import { describe, expect, it } from 'vitest'
import { fullChrome, readChrome } from '../../src/hooks/chrome-context'

const read = (query: string) => readChrome(new URLSearchParams(query))

describe('readChrome', () => {
  it('shows the whole dashboard with every control by default', () => {
    expect(read('')).toEqual(fullChrome)
  })

  it('shows one panel without header and time-zone picker, keeping its filters', () => {
    expect(read('view=quotes')).toMatchObject({
      view: 'quotes',
      header: false,
      filters: true,
      timeZonePicker: false,
      kiosk: false,
    })
  })

  it('keeps the header on a wall screen showing one panel (its rotation): how fresh the data is', () => {
    expect(read('kiosk&view=markets')).toMatchObject({ header: true, filters: false })
    expect(read('kiosk&view=markets&header=0').header).toBe(false)
  })

  it('switches each piece of chrome on its own', () => {
    expect(read('view=timeline&header=1&filters=0&tzpicker=1')).toMatchObject({
      header: true,
      filters: false,
      timeZonePicker: true,
    })
    expect(read('header=off')).toMatchObject({ header: false, filters: true, timeZonePicker: true })
  })

  it('reads one instrument as the markets view, and ignores it elsewhere', () => {
    expect(read('view=markets&instrument=spx')).toMatchObject({
      view: 'markets',
      instrument: 'spx',
    })
    expect(read('instrument=brent')).toMatchObject({ view: 'markets', instrument: 'brent' })
    expect(read('view=quotes&instrument=spx')).toMatchObject({ view: 'quotes', instrument: null })
  })

  it('knows when the host sizes the page to its content', () => {
    expect(read('view=quotes&parent=https%3A%2F%2Fportal.example').autoHeight).toBe(true)
    expect(read('view=quotes').autoHeight).toBe(false)
  })

  it('falls back to the dashboard for an unknown view', () => {
    expect(read('view=admin').view).toBe('dashboard')
  })

  it('has no controls in kiosk mode, whatever else the URL says', () => {
    expect(read('kiosk&filters=1&tzpicker=1')).toMatchObject({
      kiosk: true,
      header: true,
      filters: false,
      timeZonePicker: false,
    })
    expect(read('kiosk=0').kiosk).toBe(false)
  })
})
