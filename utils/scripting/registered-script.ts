import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { StarterScope } from './every-page-load';

/** What to do so that a registered script matches exactly the wanted pages. */
export type RegistrationStep = 'register' | 'update' | 'unregister' | 'keep';

export function registrationStep(current: readonly string[] | undefined, wanted: readonly string[]): RegistrationStep {
  if (wanted.length === 0) return current === undefined ? 'keep' : 'unregister';
  if (current === undefined) return 'register';
  const same = current.length === wanted.length && wanted.every((pattern) => current.includes(pattern));
  return same ? 'keep' : 'update';
}

export interface PageLoadScript {
  id: string;
  /** The unlisted script's file, e.g. `/page-translate-always.js`. */
  file: ScriptPublicPath;
  /** Whether it stays registered after the browser restarts (an extension update drops it anyway). */
  persistAcrossSessions: boolean;
  /** When it runs; after the page is parsed unless it must come before the page's other scripts. */
  runAt?: 'document_start' | 'document_idle';
}

/** One sync at a time per script: two overlapping registers of one id would fail ("duplicate script ID"). */
const queues = new Map<string, Promise<void>>();

async function applyMatches(script: PageLoadScript, wanted: string[]): Promise<void> {
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  const step = registrationStep(registered?.matches, wanted);
  if (step === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [script.id] });
  else if (step === 'update') await browser.scripting.updateContentScripts([{ id: script.id, js: [script.file], matches: wanted }]);
  else if (step === 'register') {
    await browser.scripting.registerContentScripts([
      // Top frame only, after the page is parsed unless said otherwise. An update drops registered
      // scripts: each feature registers again from runtime.onInstalled.
      { id: script.id, js: [script.file], matches: wanted, allFrames: false, runAt: script.runAt ?? 'document_idle', persistAcrossSessions: script.persistAcrossSessions },
    ]);
  }
}

/**
 * Makes the browser run `script` at page load on exactly the pages `wantedMatches` computes (read
 * when the sync runs, so the last of several quick changes wins), and nowhere when it is empty.
 * The browser injects a registered script only where Parley holds host permission.
 */
export function syncPageLoadScript(script: PageLoadScript, wantedMatches: () => Promise<string[]>): Promise<void> {
  const previous = queues.get(script.id) ?? Promise.resolve();
  const next = previous.then(async () => applyMatches(script, await wantedMatches()));
  const settled = next.catch((error: unknown) => console.warn(`Parley: registering ${script.id} failed`, error instanceof Error ? error.message : error));
  queues.set(script.id, settled);
  return settled;
}

/**
 * A match pattern for one page or origin. Firefox takes no port in match patterns (bug 1362809):
 * there the pattern covers every port of the host, and the background's own check is the exact one.
 */
export function matchPattern(url: URL, path: string, isFirefox: boolean = import.meta.env.FIREFOX): string {
  const host = isFirefox ? url.hostname : url.host;
  return `${url.protocol}//${host}${path}`;
}

/** Serialised by executeScript: marks the starter as put into a loaded page, unless it already runs there. */
function markStarterLate(file: string): void {
  const scope = globalThis as StarterScope;
  (scope.parleyStarters ??= {})[file] ??= 'late';
}

/**
 * A registered script reaches only pages loaded afterwards: this puts the starter into an open
 * page's top frame now, for its next same-document views (its own load is past, so it does not ask for it).
 */
export async function addStarterToOpenPage(tabId: number, script: PageLoadScript): Promise<void> {
  const target = { tabId, frameIds: [0] };
  await browser.scripting.executeScript({ target, func: markStarterLate, args: [script.file] });
  await browser.scripting.executeScript({ target, files: [script.file] });
}
