import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium (CI installs it with apt-get); browser tests fail, never skip, without it. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium with the options that work on this machine (see ../shared/TOOLCHAIN.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
