import type { Page } from '@playwright/test'

export type PageInspection = {
  xss: unknown
  /** Elements a payload could have created: event-handler attributes, frames, MathML, scripts. */
  suspicious: string[]
  /** Links whose href is not http(s), relative, or a #/? link; external links without the rel. */
  badLinks: string[]
  /** The page's text (textContent of body, title and the open dialogs), to find payloads in. */
  text: string
  title: string
  links: number
}

/**
 * Looks at the live DOM: anything created from feed text, and every <a href>. The app's own
 * scripts are the module scripts from its own origin that index.html loads.
 */
export function inspectPage(page: Page): Promise<PageInspection> {
  return page.evaluate(() => {
    const suspicious: string[] = []
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`
    // index.html's own icon: an SVG data URL in <head>, where nothing from the feed is put.
    const ownIcon = (el: Element) =>
      el.matches('head > link[rel="icon"]') &&
      /^data:image\/svg\+xml,[^<>]*$/.test(el.getAttribute('href') ?? '') &&
      !/script|on\w+=/i.test(decodeURIComponent(el.getAttribute('href') ?? ''))
    for (const el of document.querySelectorAll('*')) {
      if (ownIcon(el)) continue
      for (const attr of el.attributes) {
        if (attr.name.toLowerCase().startsWith('on')) suspicious.push(describe(el))
        if (
          /^\s*(javascript|vbscript|data):/i.test(
            [...attr.value].filter((c) => c.charCodeAt(0) > 32).join(''),
          )
        ) {
          suspicious.push(describe(el))
        }
        if (attr.name === 'style' && /url\(|javascript/i.test(attr.value))
          suspicious.push(describe(el))
      }
      const tag = el.tagName.toLowerCase()
      if (['iframe', 'frame', 'object', 'embed', 'math', 'mglyph', 'mtext', 'base'].includes(tag))
        suspicious.push(describe(el))
      // The app's own forms are method="dialog"; one with an action could post somewhere else.
      if (tag === 'form' && (el.hasAttribute('action') || el.getAttribute('method') !== 'dialog'))
        suspicious.push(describe(el))
      if (tag === 'script') {
        const src = el.getAttribute('src')
        const ownModule =
          src !== null && new URL(src, location.href).origin === location.origin && !el.textContent
        if (!ownModule) suspicious.push(describe(el))
      }
      if (
        tag === 'img' &&
        (el.getAttribute('src') === 'x' || el.closest('main, [role="region"], dialog'))
      )
        suspicious.push(describe(el))
      if (tag === 'details' && el.hasAttribute('ontoggle')) suspicious.push(describe(el))
      if (tag === 'body' && el !== document.body) suspicious.push(describe(el))
    }
    // An <svg> is fine when it is a chart or an icon the app draws; one created from a payload has
    // an onload handler (caught above) or a <script> inside.
    for (const svg of document.querySelectorAll('svg script, svg foreignObject'))
      suspicious.push(describe(svg))

    const badLinks: string[] = []
    const anchors = [...document.querySelectorAll('a[href]')]
    for (const a of anchors) {
      const raw = a.getAttribute('href') ?? ''
      if (raw.startsWith('#') || raw.startsWith('?')) continue
      let url: URL
      try {
        url = new URL(raw, location.href)
      } catch {
        badLinks.push(`unparsable ${raw}`)
        continue
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        badLinks.push(`${raw} (${url.protocol})`)
        continue
      }
      if (url.origin !== location.origin) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/)
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          badLinks.push(`${raw} rel="${a.getAttribute('rel') ?? ''}"`)
        if (raw.startsWith('//')) badLinks.push(`protocol-relative ${raw}`)
      }
    }
    const dialogs = [...document.querySelectorAll('dialog[open]')].map((d) => d.textContent ?? '')
    return {
      xss: (window as unknown as { __xss?: unknown }).__xss,
      suspicious,
      badLinks,
      text: [document.title, document.body.textContent ?? '', ...dialogs].join('\n'),
      title: document.title,
      links: anchors.length,
    }
  })
}
