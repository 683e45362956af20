import { existsSync } from 'node:fs';

/** Debian's Chromium, which `.ci/run` installs; `CHROMIUM` points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const inCi = ['true', '1'].includes(process.env.CI ?? '');

/**
 * Whether to skip the browser tests: only when Chromium is missing outside CI,
 * saying so in one line. In CI a missing browser must fail the run, so the
 * tests go ahead and their launch says what is missing.
 */
export function skipWithoutChromium(): boolean {
  if (existsSync(CHROMIUM) || inCi) return false;
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM to its path).`,
  );
  return true;
}

/** The message a browser test fails with when Chromium is missing in CI. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `the browser tests need Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`;
}
