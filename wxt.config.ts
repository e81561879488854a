import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { TOKENIZER_RANKS_FILE } from './utils/chat/tokenizer-asset';
import { tokenizerTableJson } from './utils/chat/tokenizer-table';
import { buildManifest } from './utils/manifest/build-manifest';
import { openaiUsedResourcesOnly } from './utils/llm/openai-used-resources';

const chromeBinary = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
// Debian ships Firefox ESR as `firefox-esr`, which web-ext does not look for by itself.
const firefoxBinary = process.env.FIREFOX_PATH ?? (existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : undefined);

/** The background's engine (entrypoints/background-engine.ts), as built. */
const ENGINE_SCRIPT_FILE = 'background-engine.js';

/** Scripts that run often and call few APIs: the browser's own promise API, no polyfill. */
const POLYFILL_FREE_SCRIPTS = new Set(['webmail', 'webmail-replies-off', 'select-button', 'page-translate-always', 'compose-restore', 'background']);

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: process.env.PARLEY_OUT_DIR ?? '.output',
  // The openai client without the API resources Parley never calls (utils/llm/openai-used-resources.ts).
  vite: () => ({ plugins: [openaiUsedResourcesOnly()] }),
  // The e2e build differs from the shipped one by host access to the loopback test server (events
  // dispatched from tests do not grant activeTab: see utils/manifest/build-manifest.ts) and by WXT's
  // own startup logger (a script that crashes as it starts says so in the console).
  manifest: ({ browser, mode }) => buildManifest({ browser, e2e: mode === 'e2e' }),
  // `npm run zip` also makes the sources zip addons.mozilla.org asks for; test output is not source.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'bench/tmp/**'] },
  hooks: {
    // Firefox's event page has no importScripts: it loads the engine as its second script, after the
    // bootstrap (entrypoints/background.ts and utils/background/lazy-engine.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      const background = manifest.background as { scripts?: string[] } | undefined;
      if (wxt.config.browser === 'firefox' && background?.scripts) background.scripts.push(ENGINE_SCRIPT_FILE);
    },
    // The chat tokenizer's table as a packaged file the background fetches when chat first needs it,
    // so the worker does not evaluate a megabyte of it at every start (utils/chat/tokenizer-asset.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: TOKENIZER_RANKS_FILE, contents: tokenizerTableJson() });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(TOKENIZER_RANKS_FILE);
    },
    // The scripts that run at page load (webmail, and the optional selection button) and the
    // worker's bootstrap (evaluated at every worker start) get the browser's own promise API
    // instead of the polyfill: it was two thirds of the page scripts' size, and the few calls they
    // make (runtime.sendMessage, i18n, storage's access level) return promises natively in MV3.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      // The e2e build is the shipped code (React's production build included), not a development
      // build: WXT defines process.env.NODE_ENV as the mode's name, and only "production" selects it.
      // package.json's build:e2e scripts set NODE_ENV for the React plugin's JSX transform.
      if (viteConfig.mode === 'e2e') viteConfig.define = { ...viteConfig.define, 'process.env.NODE_ENV': JSON.stringify('production') };
      if (!entrypoints.every((entrypoint) => POLYFILL_FREE_SCRIPTS.has(entrypoint.name))) return;
      const alias = viteConfig.resolve?.alias;
      const polyfillFree = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      viteConfig.resolve = {
        ...viteConfig.resolve,
        alias: Array.isArray(alias) ? [polyfillFree, ...alias] : [polyfillFree, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }))],
      };
      // JSON as named exports, never one stringified blob: the webmail script takes two strings
      // from each locale file (components/replies/reply-button-labels.ts), not the whole files.
      viteConfig.json = { ...viteConfig.json, namedExports: true, stringify: false };
    },
  },
  webExt: {
    binaries: { ...(chromeBinary ? { chrome: chromeBinary } : {}), ...(firefoxBinary ? { firefox: firefoxBinary } : {}) },
    // Chromium refuses to start its sandbox as root (containers, CI machines).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
