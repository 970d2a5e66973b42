import type { Page } from '@playwright/test'

/** Records console errors, page errors and requests to any origin other than the app's. */
export function watchPage(page: Page, appOrigin: string) {
  const consoleErrors: string[] = []
  const foreignRequests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(String(error)))
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== appOrigin) {
      foreignRequests.push(request.url())
    }
  })
  return { consoleErrors, foreignRequests }
}
