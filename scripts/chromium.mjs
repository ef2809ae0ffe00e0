// Headless Chromium for the HTML report's browser tests (tests/browser/) and its benchmark
// (bench/html.mjs): the system's Chromium (Debian's `chromium` package), driven by
// playwright-core, which never downloads a browser of its own. Each launch gets a fresh,
// empty profile, removed on close, and the flags that keep the browser off the network.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The browser: FACTDIFF_CHROMIUM, or Debian's. */
export const CHROMIUM = process.env.FACTDIFF_CHROMIUM || '/usr/bin/chromium';

/** Whether the browser is installed. */
export const hasChromium = existsSync(CHROMIUM);

/** How to install it, for the message of a skipped test. */
export const INSTALL = 'apt-get update && apt-get install -y chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts the browser with a fresh profile; returns its context and `close`, which ends the
 * browser and removes the profile. `viewport` is the pages' size in CSS pixels.
 */
export async function launchChromium(viewport = { width: 1280, height: 720 }) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'factdiff-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      deviceScaleFactor: 1,
      offline: true,
    });
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
