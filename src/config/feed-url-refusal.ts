import { isFeedUrl } from './config-schema'

/**
 * Why config.json's feedUrl cannot be used, and what to write instead. A feedUrl that names no
 * usable feed stops the start-up: running the built-in demo in its place would show made-up talks
 * where the team expects its own.
 */
export function feedUrlRefusal(value: unknown): string {
  const said = `config.json: feedUrl ${JSON.stringify(value) ?? String(value)} cannot be used`
  if (typeof value !== 'string' || value.trim() === '')
    return `${said}: write the feed's address, or null for the demo.`
  const rule = 'an absolute http(s) URL or a path on this site that starts with ./, ../ or /'
  if (/^[/\\]\s*[/\\]/.test(value))
    return `${said}: it names another site without saying which; write its full https:// address.`
  const firstPart = value.split('/')[0] ?? ''
  if (/^[\w-]+(\.[\w-]+)+(:\d+)?$/.test(firstPart) && isFeedUrl(`https://${value}`))
    return `${said}: it must be ${rule}. Another server: "https://${value}".`
  // A path written without its ./ ("feeds/talks/"); never for "//host/", "ftp://host/" and the like.
  if (/^[^/\\:]+(\/|$)/.test(value) && isFeedUrl(`./${value}`))
    return `${said}: it must be ${rule}. A folder beside this page: "./${value}".`
  return `${said}: it must be ${rule}.`
}
