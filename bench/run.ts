import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSizes } from './bundle-sizes.ts';
import { buildReference } from './reference/build.ts';
import type { Figure } from './figures.ts';
import { collectResults, machineLine, markdownTable, writeResults } from './report.ts';
import { WEBMAIL_SCRIPT_PATH } from '../utils/webmail/hosts.ts';

// `npm run bench`: a production build and the reference extension (bench/reference/), the sizes,
// then the browser measurements (Playwright's runner with bench/playwright.bench.config.ts, one
// worker; each timing taken turn about on Parley and on the reference), then the table and
// bench/results.json. Exits non-zero, naming each miss, when a budget (bench/budgets.ts) is missed.

const root = fileURLToPath(new URL('../', import.meta.url));
const outDir = path.resolve(root, process.env.PARLEY_OUT_DIR ?? '.output');
const extensionDir = path.join(outDir, 'chrome-mv3');
const referenceDir = path.join(outDir, 'bench-reference');
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
console.log('\n▶ Reference extension (bench/reference/)');
// Its always-on script is as large as Parley's, so the page-load floor parses as much script.
await buildReference(referenceDir, readFileSync(path.join(extensionDir, WEBMAIL_SCRIPT_PATH), 'utf8'));

const figuresDir = mkdtempSync(path.join(tmpdir(), 'parley-bench-figures-'));
const playwrightArgs = ['test', '--config', path.join(root, 'bench', 'playwright.bench.config.ts')];
// Extra arguments go to Playwright (e.g. `npm run bench -- --output=/tmp/pw-bench`, or a file name).
playwrightArgs.push(...process.argv.slice(2));
run('Browser measurements (Playwright, one worker)', bin('playwright'), playwrightArgs, {
  BENCH_FIGURES_DIR: figuresDir,
  PARLEY_EXTENSION_DIR: extensionDir,
  REFERENCE_EXTENSION_DIR: referenceDir,
});

// The benches, in the table's order after the sizes. A new bench is a file bench/<name>.bench.ts
// calling saveFigures('<name>', …) and its name in this list (a bench not listed comes last).
const BENCHES = ['page-load', 'translate', 'first-click', 'popup', 'replies', 'prompt-tokens', 'throughput', 'page-translate'];
const rank = (file: string) => (BENCHES.indexOf(file.replace('.json', '')) + BENCHES.length + 1) % (BENCHES.length + 1);
const figures: Figure[] = [...bundleSizes(extensionDir)];
for (const file of readdirSync(figuresDir).sort((a, b) => rank(a) - rank(b))) {
  figures.push(...(JSON.parse(readFileSync(path.join(figuresDir, file), 'utf8')) as Figure[]));
}
rmSync(figuresDir, { recursive: true, force: true });

const results = collectResults(figures, chromium());
writeResults(path.join(root, 'bench', 'results.json'), results);
console.log(`\n${machineLine(results)}\n\n${markdownTable(results)}\n`);
const misses = results.figures.flatMap((row) => row.misses);
console.log(`${misses.length === 0 ? 'All budgets met' : `${misses.length} budget(s) missed`}; bench/results.json written in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
if (misses.length > 0) {
  for (const miss of misses) console.error(`✖ ${miss}`);
  process.exit(1);
}
