import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  allSitesAtInstall,
  cspProblems,
  forbiddenInPageScript,
  pageScriptFiles,
  readSecurityDoc,
  repoRoot,
  undocumentedEntries,
  type ManifestLike,
} from './support/security-manifest.ts';

// What ships is what WXT wrote, not what buildManifest() returned: content scripts and their
// hosts only appear here. `npm test` builds all three before the e2e phase; a missing build is
// a failure that says which command to run, never a skip.

const outDir = path.resolve(repoRoot, process.env.PARLEY_OUT_DIR ?? '.output');
const BUILDS = [
  { folder: 'chrome-mv3', command: 'npm run build' },
  { folder: 'firefox-mv2', command: 'npm run build:firefox' },
  { folder: 'chrome-mv3-e2e', command: 'npm run build:e2e' },
];

function loadBuild(folder: string, command: string): { dir: string; manifest: ManifestLike } {
  const dir = path.join(outDir, folder);
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build in ${dir}: run \`${command}\` first (npm test does).`);
  return { dir, manifest: JSON.parse(readFileSync(file, 'utf8')) as ManifestLike };
}

for (const { folder, command } of BUILDS) {
  test.describe(`the built ${folder}`, () => {
    test('asks only for what SECURITY.md justifies', () => {
      const { manifest } = loadBuild(folder, command);
      expect(undocumentedEntries(manifest, readSecurityDoc())).toEqual([]);
    });

    test('has no all-sites host access at install', () => {
      const { manifest } = loadBuild(folder, command);
      expect(allSitesAtInstall(manifest)).toEqual([]);
    });

    test('keeps a strict CSP on extension pages', () => {
      const { manifest } = loadBuild(folder, command);
      expect(cspProblems(manifest)).toEqual([]);
    });

    test('ships no SDK and no key access in any script that runs in web pages', () => {
      const { dir, manifest } = loadBuild(folder, command);
      const offenders = pageScriptFiles(dir, manifest)
        .map((file) => ({ file, found: forbiddenInPageScript(readFileSync(path.join(dir, file), 'utf8')) }))
        .filter(({ found }) => found.length > 0);
      expect(offenders).toEqual([]);
    });

    test('the SDK search finds the SDK where it belongs, in the background engine, and not in the bootstrap evaluated at every start', () => {
      // Proves the markers still match the SDK's build output, so the check above can fail.
      const { dir } = loadBuild(folder, command);
      expect(forbiddenInPageScript(readFileSync(path.join(dir, 'background.js'), 'utf8'))).toEqual([]);
      const engine = readFileSync(path.join(dir, 'background-engine.js'), 'utf8');
      expect(forbiddenInPageScript(engine)).toEqual(['the openai SDK (x-stainless)', 'the openai SDK (dangerouslyAllowBrowser)', 'the secrets storage item']);
    });
  });
}
