import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSizes } from './bundle-sizes.ts';
import type { Figure } from './figures.ts';
import { collectResults, machineLine, markdownTable, writeResults } from './report.ts';

// `npm run bench`: a production build, its sizes, then the browser measurements (Playwright's
// runner with bench/playwright.bench.config.ts, one worker), then the table and bench/results.json.

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = path.resolve(root, process.env.PARLEY_OUT_DIR ?? '.output');
const extensionDir = path.join(outDir, 'chrome-mv3');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function chromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const startedAt = Date.now();
run('Production build (wxt build)', bin('wxt'), ['build']);

const figuresDir = mkdtempSync(path.join(tmpdir(), 'parley-bench-figures-'));
const playwrightArgs = ['test', '--config', path.join(root, 'bench', 'playwright.bench.config.ts')];
// Extra arguments go to Playwright (e.g. `npm run bench -- --output=/tmp/pw-bench`, or a file name).
playwrightArgs.push(...process.argv.slice(2));
run('Browser measurements (Playwright, one worker)', bin('playwright'), playwrightArgs, {
  BENCH_FIGURES_DIR: figuresDir,
  PARLEY_EXTENSION_DIR: extensionDir,
});

// In the issue's order: sizes, page load, translate, popup, replies, prompts, throughput.
const ORDER = ['page-load', 'translate', 'popup', 'replies', 'prompt-tokens', 'throughput', 'page-translate'];
const rank = (file: string) => (ORDER.indexOf(file.replace('.json', '')) + ORDER.length + 1) % (ORDER.length + 1);
const figures: Figure[] = [...bundleSizes(extensionDir)];
for (const file of readdirSync(figuresDir).sort((a, b) => rank(a) - rank(b))) {
  figures.push(...(JSON.parse(readFileSync(path.join(figuresDir, file), 'utf8')) as Figure[]));
}
rmSync(figuresDir, { recursive: true, force: true });

const results = collectResults(figures, chromium());
writeResults(path.join(root, 'bench', 'results.json'), results);
console.log(`\n${machineLine(results)}\n\n${markdownTable(results)}\n`);
const failed = results.figures.filter((row) => row.pass === false);
console.log(`${failed.length === 0 ? 'All budgets met' : `${failed.length} budget(s) missed`}; bench/results.json written in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
