import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Which Chromium to drive: $CHROMIUM_PATH, Debian's chromium, or a browser the user installed for
 * Playwright. Test tools cannot download browsers here, so none of this fetches anything.
 */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core has no browser of its own installed: fall through to the message below.
  }
  throw new Error(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.',
  );
}
