import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { buildManifest } from './utils/manifest/build-manifest';

const chromeBinary = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.PARLEY_OUT_DIR ?? '.output',
  // The e2e build differs from the shipped one only by host access to the loopback test server:
  // events dispatched from tests do not grant activeTab (see utils/manifest/build-manifest.ts).
  manifest: ({ browser, mode }) => buildManifest({ browser, e2e: mode === 'e2e' }),
  // `npm run zip` also makes the sources zip addons.mozilla.org asks for; test output is not source.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'bench/tmp/**'] },
  webExt: {
    binaries: chromeBinary ? { chrome: chromeBinary } : undefined,
    // Chromium refuses to start its sandbox as root (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
