import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Least-privilege checks shared by the manifest unit test (buildManifest()) and the build check
// (the manifests and bundles `npm run build` wrote). Each returns the problems it found, in
// words, so a failing test says what to fix.

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Host patterns that grant every site: allowed only as optional permissions. */
export const ALL_SITES = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

/**
 * Strings only the openai SDK carries (its request headers and its browser opt-in), in every build
 * of its client: the beta resources' `OpenAI-Beta` header is not, since Parley's build leaves them
 * out (utils/llm/openai-used-resources.ts).
 */
export const SDK_MARKERS = [/x-stainless/i, /dangerouslyAllowBrowser/];
/** The storage item that holds the key (utils/settings/secrets.ts), as WXT's item or a raw key. */
export const SECRETS_MARKER = /["'`](local:)?secrets["'`]/;

export interface ManifestLike {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; js?: string[] }>;
  content_security_policy?: string | { extension_pages?: string };
}

/** The names in the first column of SECURITY.md's "permission | why" table. */
export function documentedPermissions(markdown: string): Set<string> {
  const names = new Set<string>();
  const section = markdown.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  for (const line of section.split('\n')) {
    const match = /^\|\s*`([^`]+)`\s*\|\s*(.*?)\s*\|\s*$/.exec(line);
    // A line without a reason does not count as justified.
    if (match?.[1] && match[2]) names.add(match[1]);
  }
  return names;
}

export function readSecurityDoc(): string {
  return readFileSync(path.join(repoRoot, 'SECURITY.md'), 'utf8');
}

/** Everything the manifest lets Parley do or run on, each with where it came from. */
export function grantedEntries(manifest: ManifestLike): Array<{ field: string; value: string }> {
  const entries: Array<{ field: string; value: string }> = [];
  const add = (field: string, values: string[] | undefined) => values?.forEach((value) => entries.push({ field, value }));
  add('permissions', manifest.permissions);
  add('optional_permissions', manifest.optional_permissions);
  add('host_permissions', manifest.host_permissions);
  add('optional_host_permissions', manifest.optional_host_permissions);
  manifest.content_scripts?.forEach((script) => add('content_scripts.matches', script.matches));
  return entries;
}

export function undocumentedEntries(manifest: ManifestLike, markdown: string): string[] {
  const documented = documentedPermissions(markdown);
  return grantedEntries(manifest)
    .filter(({ value }) => !documented.has(value))
    .map(({ field, value }) => `${field}: "${value}" has no line in SECURITY.md's permission table`);
}

/** All-sites access at install time: in host permissions, content-script matches, or MV2 permissions. */
export function allSitesAtInstall(manifest: ManifestLike): string[] {
  return grantedEntries(manifest)
    .filter(({ field }) => field === 'permissions' || field === 'host_permissions' || field === 'content_scripts.matches')
    .filter(({ value }) => ALL_SITES.includes(value))
    .map(({ field, value }) => `${field} grants all sites at install: "${value}"`);
}

function extensionPagesCsp(manifest: ManifestLike): string | undefined {
  const csp = manifest.content_security_policy;
  return typeof csp === 'string' ? csp : csp?.extension_pages;
}

/** Only the extension's own scripts may run on its pages. */
export function cspProblems(manifest: ManifestLike): string[] {
  const csp = extensionPagesCsp(manifest);
  if (!csp) return ['no content_security_policy for extension pages'];
  const problems: string[] = [];
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
  const scriptSources = directives.get('script-src');
  if (!scriptSources) problems.push('the CSP has no script-src');
  else if (scriptSources.some((source) => source !== "'self'" && source !== "'wasm-unsafe-eval'")) {
    problems.push(`script-src allows more than the extension itself: ${scriptSources.join(' ')}`);
  }
  if (/'unsafe-eval'/.test(csp)) problems.push("the CSP allows 'unsafe-eval'");
  if (/'unsafe-inline'/.test(csp) && scriptSources?.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
  if (/(https?:|wss?:|\*)/.test(csp)) problems.push(`the CSP names a remote source: ${csp}`);
  if (directives.get('object-src')?.some((source) => source !== "'self'" && source !== "'none'")) problems.push('object-src is not self or none');
  return problems;
}

/** Every file under dir whose name ends with one of the extensions, relative to dir, with / separators. */
export function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => file.split(path.sep).join('/'));
}

/**
 * Scripts that run inside web pages: the manifest's content scripts and what WXT builds for
 * `scripting.executeScript` (content-scripts/ and unlisted scripts at the top level). Only the
 * background and the pages' chunks are trusted.
 */
export function pageScriptFiles(buildDir: string, manifest: ManifestLike): string[] {
  const declared = manifest.content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  // The worker's bootstrap and the engine it imports (utils/background/lazy-engine.ts) run only in the background.
  const trusted = (file: string) => file === 'background.js' || file === 'background-engine.js' || file.startsWith('chunks/');
  return [...new Set([...declared, ...filesUnder(buildDir, ['.js']).filter((file) => !trusted(file))])].sort();
}

/** What a page-side bundle must not carry: the SDK, or a read of the key's storage item. */
export function forbiddenInPageScript(source: string): string[] {
  const found = SDK_MARKERS.filter((marker) => marker.test(source)).map((marker) => `the openai SDK (${marker.source})`);
  if (SECRETS_MARKER.test(source)) found.push('the secrets storage item');
  return found;
}
