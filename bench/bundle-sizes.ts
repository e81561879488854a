import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figures.ts';

// Reads the built extension from disk: the manifest says what runs where, each HTML page says
// which chunks it loads. Sizes in KB (1024 bytes), gzip at level 9 file by file.

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: Array<{ js?: string[]; css?: string[]; matches?: string[] }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function sizeOf(dir: string, files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of new Set(files)) {
    const content = readFileSync(path.join(dir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The scripts and styles an extension page loads: its module script, preloads and stylesheets. */
function pageFiles(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}

function entry(id: string, label: string, dir: string, files: string[], note?: string): Figure[] {
  const { raw, gzip } = sizeOf(dir, files);
  const base = { unit: 'KB' as const, build: 'production' as const, ...(note ? { note } : {}) };
  return [
    { id: `${id}.gzip`, label: `${label} (gzip)`, value: kb(gzip), ...base },
    { id: `${id}.raw`, label: `${label} (raw)`, value: kb(raw), ...base },
  ];
}

export function bundleSizes(dir: string): Figure[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const figures: Figure[] = [];
  const alwaysOn = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  figures.push(...entry('size.webmailContentScript', 'Always-on webmail content script (runs at page load on the webmail hosts)', dir, alwaysOn, alwaysOn.join(', ')));
  const onDemand: Array<[string, string, string]> = [
    ['size.bubble', 'On demand: translation bubble', 'translate-ui.js'],
    ['size.repliesPanel', 'On demand: reply panel', 'content-scripts/replies-panel.js'],
    ['size.selectButton', 'On demand: translate button on selection (only when turned on)', 'select-button.js'],
    ['size.tokenizer', 'On demand: chat tokenizer table (background, fetched on the first chat answer)', 'tokenizer/cl100k_base.json'],
    ['size.alwaysTranslateStarter', 'Registered only on sites set to "Always translate": page-translation starter', 'page-translate-always.js'],
    ['size.composeRestoreStarter', 'Registered only on pages with an unsent "Write in" draft: restore starter', 'compose-restore.js'],
    ['size.backgroundEngine', 'Background engine, evaluated on the first event after a worker start that needs it', 'background-engine.js'],
  ];
  for (const [id, label, file] of onDemand) if (existsSync(path.join(dir, file))) figures.push(...entry(id, label, dir, [file], file));
  const worker = manifest.background?.service_worker;
  // What background.js holds is evaluated at each worker start; the engine it imports when an event needs it (utils/background/lazy-engine.ts).
  if (worker) figures.push(...entry('size.background', 'Background service worker bootstrap, evaluated at every start', dir, [worker], worker));
  for (const page of readdirSync(dir).filter((name) => name.endsWith('.html')).sort()) {
    const files = pageFiles(dir, page);
    figures.push(...entry(`size.page.${page.replace('.html', '')}`, `Extension page ${page} (scripts and styles it loads)`, dir, files));
  }
  return figures;
}
