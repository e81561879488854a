import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The e2e build (`npm run build:e2e`), or the folder PARLEY_EXTENSION_DIR names. */
export function extensionDir(): string {
  const outDir = process.env.PARLEY_OUT_DIR ? path.resolve(repoRoot, process.env.PARLEY_OUT_DIR) : path.join(repoRoot, '.output');
  const dir = process.env.PARLEY_EXTENSION_DIR ?? path.join(outDir, 'chrome-mv3-e2e');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build:e2e\` first.`);
  }
  return dir;
}

/** Debian's Chromium here; CHROMIUM_PATH elsewhere; else Playwright's own Chromium. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for a quiet, offline, headless Chromium with Parley loaded, its UI in `uiLanguage` (Parley follows it). */
export function chromiumArgs(extension: string, uiLanguage = 'en-US'): string[] {
  return [
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    // Root cannot use Chromium's sandbox (CI and containers run as root).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    // Without these Chromium keeps calling Google's hosts, which this machine cannot reach.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${uiLanguage}`,
  ];
}
