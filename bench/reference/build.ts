import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// Builds the reference extension the bench measures Parley against (bench/reference/): plain
// files, its popup bundled by Vite as WXT bundles Parley's pages (same React, production mode),
// and an always-on content script as large as Parley's own that only registers one listener.

const here = fileURLToPath(new URL('./', import.meta.url));

/**
 * One listener and nothing else, padded with Parley's own built script inside a function that is
 * never called: the browser loads and parses as many bytes and tokens as for Parley's script, so
 * the floor leaves out exactly what Parley's script does at page load beyond being loaded.
 */
export function paddedContentScript(parleyScript: string): string {
  return `document.addEventListener('selectionchange',()=>{});function unusedPadding(){${parleyScript}}\n`;
}

export async function buildReference(targetDir: string, parleyContentScript: string): Promise<void> {
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(targetDir, { recursive: true });
  await build({
    configFile: false,
    root: here,
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: targetDir, emptyOutDir: false, rollupOptions: { input: path.join(here, 'popup.html') } },
  });
  for (const file of ['manifest.json', 'background.js', 'blank.html']) copyFileSync(path.join(here, file), path.join(targetDir, file));
  writeFileSync(path.join(targetDir, 'content.js'), paddedContentScript(parleyContentScript));
}
