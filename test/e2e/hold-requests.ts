import type { Page, Route } from '@playwright/test'

/**
 * Holds every request matching `pattern` until released: the page shows what it has before they
 * are answered (the feed, or the app's own code).
 */
export async function holdRequests(page: Page, pattern: string) {
  const held: Route[] = []
  let open = false
  await page.route(pattern, (route) => (open ? route.continue() : void held.push(route)))
  return {
    held,
    release: async () => {
      open = true
      await Promise.all(held.map((route) => route.continue()))
    },
  }
}
