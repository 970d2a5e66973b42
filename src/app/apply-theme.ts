import type { RuntimeConfig } from '../config/config-schema'
import { readParam } from '../hooks/url-params'

/**
 * ?theme=light|dark|system|transparent overrides the config; the CSS follows the system otherwise
 * (a value it does not know is named in the URL warnings). Transparent is light unless the config
 * says dark: a browser paints a frame opaque whose colour scheme differs from its host's, and a host
 * page is light unless it says otherwise (a dark system would have turned the frame black).
 */
export function applyTheme(config: RuntimeConfig, search = window.location.search) {
  const requested = readParam('theme', search)
  const root = document.documentElement
  if (requested === 'transparent') root.dataset.background = 'transparent'
  const theme =
    requested === 'transparent'
      ? config.theme === 'dark'
        ? 'dark'
        : 'light'
      : (requested ?? config.theme)
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}
