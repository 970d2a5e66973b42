/**
 * The demo feed neither sets nor reads cookies. In the browser build, this no-op stands in for
 * tough-cookie, which msw's cookie store imports with a 250 KB public-suffix list: the demo chunk
 * shrinks from about 145 KB to about 35 KB gzip (vite.config.ts aliases it; tests keep the real one).
 */
export class Cookie {
  static fromJSON(): null {
    return null
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {}
}

export class CookieJar {
  getCookiesSync(): never[] {
    return []
  }

  async setCookie(): Promise<void> {}
}
