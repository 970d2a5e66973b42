import type { RuntimeConfig } from '../config/config-schema'

const themes = ['light', 'dark', 'system']

/** ?theme=light|dark|system|transparent overrides the config; the CSS follows the system otherwise. */
export function applyTheme(config: RuntimeConfig, search = window.location.search) {
  const params = new URLSearchParams(search)
  const requested = params.get('theme')
  const root = document.documentElement
  if (requested === 'transparent') root.dataset.background = 'transparent'
  const theme = requested && themes.includes(requested) ? requested : config.theme
  if (requested && !themes.includes(requested) && requested !== 'transparent') {
    console.warn(`?theme=${requested} ignored: use light, dark, system or transparent`)
  }
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}
