import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

// Mozilla's own linter (addons-linter, through web-ext) on the Firefox build that `npm test` makes
// before the e2e phase (`npm run build:firefox`). Runs offline; no browser needed.

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = process.env.PARLEY_OUT_DIR ? path.resolve(repoRoot, process.env.PARLEY_OUT_DIR) : path.join(repoRoot, '.output');
const firefoxBuild = path.join(outDir, 'firefox-mv2');
const webExt = path.join(repoRoot, 'node_modules', '.bin', 'web-ext');

/** Warnings about Parley's own manifest, which Parley can and must avoid (the rest come from bundled libraries). */
const OUR_WARNINGS = [
  'MISSING_ADDON_ID',
  'MISSING_DATA_COLLECTION_PERMISSIONS',
  'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
  'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
  'MANIFEST_PERMISSIONS',
  'MANIFEST_FIELD_UNSUPPORTED',
  'UNSUPPORTED_LOCALE',
  'NO_MESSAGES_FILE',
];

const MessageSchema = z.object({ code: z.string(), message: z.string(), file: z.string().optional(), description: z.unknown().optional() });
const ReportSchema = z.object({
  summary: z.object({ errors: z.number(), warnings: z.number(), notices: z.number() }),
  errors: z.array(MessageSchema),
  warnings: z.array(MessageSchema),
});
type LintMessage = z.infer<typeof MessageSchema>;

const describe = (message: LintMessage) => `${message.code} (${message.file ?? 'the package'}): ${message.message}`;

let report: z.infer<typeof ReportSchema> | undefined;

async function lint(): Promise<z.infer<typeof ReportSchema>> {
  if (report) return report;
  if (!existsSync(path.join(firefoxBuild, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${firefoxBuild}: run \`npm run build:firefox\` (npm test does it before the e2e phase).`);
  }
  // web-ext exits non-zero when it finds errors; the JSON report on stdout says which.
  const run = await promisify(execFile)(webExt, ['lint', '--source-dir', firefoxBuild, '--output', 'json', '--boring'], { cwd: repoRoot, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report:\n${run.stdout}\n${run.stderr}`);
  report = ReportSchema.parse(JSON.parse(run.stdout.slice(start)));
  return report;
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('the Firefox build passes web-ext lint with no errors', async ({}, testInfo) => {
  const { errors, warnings } = await lint();
  // Listed in the report for whoever ships: the remaining warnings come from bundled libraries.
  for (const warning of warnings) testInfo.annotations.push({ type: 'web-ext warning', description: describe(warning) });
  expect(errors.map(describe), 'web-ext lint errors in the Firefox build').toEqual([]);
});

test('the Firefox manifest has none of the warnings that are Parley\'s to fix', async () => {
  const { warnings } = await lint();
  expect(warnings.filter((warning) => OUR_WARNINGS.includes(warning.code)).map(describe)).toEqual([]);
});
