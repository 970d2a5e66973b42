const pageProbe = 'http://page.invalid/app/'

/**
 * A feed URL is an absolute http(s) URL, or a path relative to the page (`./feed/`, `../feed/`,
 * `/feed/`) that stays on the page's own site: `//host/` and `/\host/` (which browsers read as
 * `//host/`) name another site without saying so, and are refused.
 */
export function isFeedUrl(url: string): boolean {
  if (/^https?:\/\//i.test(url)) return URL.canParse(url)
  if (!/^\.{0,2}\//.test(url)) return false
  return (
    URL.canParse(url, pageProbe) && new URL(url, pageProbe).origin === new URL(pageProbe).origin
  )
}
