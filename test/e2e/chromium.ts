import { existsSync } from 'node:fs'
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs'

export { chromiumPath }

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath, args: chromiumArgs }
}

export function assertChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    )
  }
}
