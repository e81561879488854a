import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../utils/manifest/build-manifest';
import { WEBMAIL_MATCHES } from '../../../utils/webmail/hosts';
import {
  ALL_SITES,
  allSitesAtInstall,
  cspProblems,
  documentedPermissions,
  readSecurityDoc,
  repoRoot,
  filesUnder,
  undocumentedEntries,
  type ManifestLike,
} from '../../e2e/support/security-manifest';

// The manifest as WXT gets it; tests/e2e/security-build.spec.ts checks the manifest WXT wrote.

const doc = readSecurityDoc();
const manifestFor = (browser: string, e2e = false) => buildManifest({ browser, e2e }) as ManifestLike;

describe.each(['chrome', 'firefox'])('the %s manifest', (browser) => {
  it('asks for nothing SECURITY.md does not justify', () => {
    expect(undocumentedEntries(manifestFor(browser), doc)).toEqual([]);
  });

  it('gets no all-sites host access at install', () => {
    expect(allSitesAtInstall(manifestFor(browser))).toEqual([]);
  });

  it('has a strict CSP for extension pages', () => {
    expect(cspProblems(manifestFor(browser))).toEqual([]);
  });

  it('gets only the loopback test server in the e2e build', () => {
    const e2e = manifestFor(browser, true);
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(undocumentedEntries(e2e, doc)).toEqual([]);
  });
});

describe('the permission table in SECURITY.md', () => {
  it('justifies every webmail host the content script runs on', () => {
    const documented = documentedPermissions(doc);
    expect(WEBMAIL_MATCHES.filter((host) => !documented.has(host))).toEqual([]);
    expect(WEBMAIL_MATCHES.filter((host) => ALL_SITES.includes(host))).toEqual([]);
  });

  it('catches a permission added without its line', () => {
    const widened: ManifestLike = { ...manifestFor('chrome'), permissions: [...(manifestFor('chrome').permissions ?? []), 'tabs'] };
    expect(undocumentedEntries(widened, doc)).toEqual(['permissions: "tabs" has no line in SECURITY.md\'s permission table']);
  });

  it('does not count a line without a reason', () => {
    expect(documentedPermissions('## Permissions\n| permission | why |\n|---|---|\n| `tabs` |  |\n| `storage` | settings |\n').has('tabs')).toBe(false);
  });

  it('catches all-sites access and a loose CSP', () => {
    const loose: ManifestLike = {
      host_permissions: ['<all_urls>'],
      content_scripts: [{ matches: ['*://*/*'] }],
      content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval' https://cdn.example.com; object-src 'self'" },
    };
    expect(allSitesAtInstall(loose)).toHaveLength(2);
    expect(cspProblems(loose)).toEqual(expect.arrayContaining(["the CSP allows 'unsafe-eval'", expect.stringMatching(/remote source/)]));
  });
});

describe("Parley's own source", () => {
  const folders = ['entrypoints', 'components', 'utils'];
  const sources = folders.flatMap((folder) =>
    filesUnder(path.join(repoRoot, folder), ['.ts', '.tsx', '.html']).map((file) => ({ file: `${folder}/${file}`, text: readFileSync(path.join(repoRoot, folder, file), 'utf8') })),
  );

  it('is there to be searched', () => {
    expect(sources.some(({ file }) => file === 'entrypoints/background.ts')).toBe(true);
  });

  it('never evaluates strings as code', () => {
    const offenders = sources.filter(({ text }) => /(^|[^\w.])eval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*['"`]/.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('loads no script from the network', () => {
    const offenders = sources
      .filter(({ text }) => /importScripts\s*\(\s*['"`]https?:|import\s*\(\s*['"`]https?:|<script[^>]+src=["']https?:/.test(text))
      .map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('imports one script into the worker: the engine packaged with it', () => {
    const importers = sources.filter(({ text }) => /importScripts\s*\(/.test(text));
    expect(importers.map(({ file }) => path.basename(file))).toEqual(['background.ts']);
    expect(importers[0]?.text).toMatch(/importScripts\(ENGINE_SCRIPT\)/);
    expect(importers[0]?.text).toContain("const ENGINE_SCRIPT = '/background-engine.js';");
  });
});
