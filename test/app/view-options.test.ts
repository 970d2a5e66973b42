import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../src/config/config-schema'
import { readViewOptions, withUrlOverrides } from '../../src/app/view-options'
import { readOrigin } from '../../src/hooks/url-values'

const read = (query: string) => readViewOptions(new URLSearchParams(query))

describe('view options from the URL', () => {
  it('takes the origin of an http(s) parent and refuses anything else', () => {
    expect(readOrigin('https://portal.example/path?x=1')).toBe('https://portal.example')
    expect(readOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080')
    for (const bad of [
      '*',
      'null',
      ['javascript', 'alert(1)'].join(':'),
      'file:///etc',
      'portal.example',
      '',
    ]) {
      expect(readOrigin(bad)).toBeNull()
    }
  })

  it('overrides the refresh interval within 5 s to 1 h', () => {
    expect(withUrlOverrides(defaultConfig, read('refresh=10')).refreshSeconds).toBe(10)
    expect(withUrlOverrides(defaultConfig, read('refresh=1')).refreshSeconds).toBe(
      defaultConfig.refreshSeconds,
    )
    expect(withUrlOverrides(defaultConfig, read('refresh=abc')).refreshSeconds).toBe(
      defaultConfig.refreshSeconds,
    )
  })

  it('rotates only in kiosk mode', () => {
    expect(read('kiosk&rotate=20')).toMatchObject({ kiosk: true, rotateSeconds: 20 })
    expect(read('rotate=20')).toMatchObject({ kiosk: false, rotateSeconds: null })
    expect(read('kiosk&rotate=1').rotateSeconds).toBeNull()
  })
})
