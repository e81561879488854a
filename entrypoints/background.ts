import { browser } from '@wxt-dev/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { deferEngine, type EngineEvent, type ListenableEvent } from '../utils/background/lazy-engine';
import { restrictStorageToTrustedContexts } from '../utils/background/trusted-storage';
import { loadBubbleScriptEarly } from '../utils/translate/early-bubble';

/** The engine's script (entrypoints/background-engine.ts), evaluated on the first event that needs it. */
const ENGINE_SCRIPT = '/background-engine.js';

interface WorkerScope {
  importScripts(...urls: string[]): void;
  addEventListener(type: 'install', listener: () => void): void;
}

function eventOf(name: EngineEvent): ListenableEvent {
  const [area, event] = name.split('.') as [keyof typeof browser, string];
  return (browser[area] as unknown as Record<string, ListenableEvent>)[event] as ListenableEvent;
}

export default defineBackground(() => {
  // First, before any listener can store or hand out anything.
  void restrictStorageToTrustedContexts();
  // Firefox runs the background as an event page that lists the engine as its second script
  // (wxt.config.ts): a page has no importScripts, and Firefox wakes it whole anyway.
  if (import.meta.env.FIREFOX) return;
  const scope = globalThis as unknown as WorkerScope;
  deferEngine(
    eventOf,
    () => scope.importScripts(ENGINE_SCRIPT),
    (load) => scope.addEventListener('install', load),
    (name, args) => {
      if (name === 'contextMenus.onClicked') loadBubbleScriptEarly((injection) => browser.scripting.executeScript(injection), args);
    },
  );
});
