/**
 * The service worker's start, kept small: Chrome evaluates background.js at every start (after
 * each 30-s idle stop, so at most of a user's clicks), and evaluating Parley's whole background
 * (the openai SDK, zod schemas, Dexie: ~740 KB) took 60 ms of it. The bootstrap registers one
 * listener for each event below, as MV3 asks (synchronously, at the top level), and evaluates the
 * engine (entrypoints/background-engine.ts) only when one of them fires; a start that needs
 * nothing of it stays a few milliseconds long.
 *
 * The engine registers its listeners as it always has (`browser.<area>.<event>.addListener`). Those calls
 * land here, not on the browser's event, so each event reaches the engine exactly once: through the
 * bootstrap's listener, in the same task (a user gesture, which `sidePanel.open` needs, survives).
 *
 * A worker may import a script (importScripts) after installation only if it imported it while
 * installing, so the engine is also imported on `install` (its listeners register then and the
 * first events find them).
 */

/** Every event the engine listens to. tests/unit/background/lazy-engine-events.test.ts checks this list against the code. */
export const ENGINE_EVENTS = [
  'runtime.onInstalled',
  'runtime.onStartup',
  'runtime.onMessage',
  'runtime.onConnect',
  'contextMenus.onClicked',
  'commands.onCommand',
  'permissions.onAdded',
  'permissions.onRemoved',
  // Settings, site rules and drafts change the registered page scripts (and the engine's memory of storage).
  'storage.onChanged',
] as const;
export type EngineEvent = (typeof ENGINE_EVENTS)[number];

type Listener = (...args: unknown[]) => unknown;

/** The part of a browser event the engine uses. */
export interface ListenableEvent {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
  hasListener(listener: Listener): boolean;
}

/**
 * Calls the engine's listeners of one event. `true` from any (the polyfill's "I will answer
 * later" for runtime.onMessage) keeps the message channel open.
 */
function deliver(listeners: Listener[], args: unknown[]): unknown {
  let answerLater = false;
  let answer: unknown;
  for (const listener of [...listeners]) {
    const result = listener(...args);
    if (result === true) answerLater = true;
    else if (result !== undefined && answer === undefined) answer = result;
  }
  return answerLater ? true : answer;
}

/**
 * Defers the engine: `eventOf` finds each browser event, `loadEngine` evaluates the engine
 * synchronously (importScripts in the worker), `onInstall` registers the install-time import.
 * `beforeLoad` sees the event that is about to load the engine, to start what can run elsewhere
 * meanwhile (the worker is busy until the engine is evaluated).
 */
export function deferEngine(
  eventOf: (name: EngineEvent) => ListenableEvent,
  loadEngine: () => void,
  onInstall: (listener: () => void) => void,
  beforeLoad: (name: EngineEvent, args: unknown[]) => void = () => undefined,
): void {
  let loaded = false;
  const ensureLoaded = () => {
    if (loaded) return;
    loaded = true;
    loadEngine();
  };
  for (const name of ENGINE_EVENTS) {
    const event = eventOf(name);
    const listeners: Listener[] = [];
    event.addListener((...args: unknown[]) => {
      if (!loaded) beforeLoad(name, args);
      ensureLoaded();
      return deliver(listeners, args);
    });
    event.addListener = (listener) => {
      if (!listeners.includes(listener)) listeners.push(listener);
    };
    event.removeListener = (listener) => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    };
    event.hasListener = (listener) => listeners.includes(listener);
  }
  onInstall(ensureLoaded);
}
