import { describe, expect, it, vi } from 'vitest';
import { deferEngine, ENGINE_EVENTS, type EngineEvent, type ListenableEvent } from '../../../utils/background/lazy-engine';

type Listener = (...args: unknown[]) => unknown;

/** A browser event as Chrome has it: listeners added, and the browser firing them. */
function browserEvent() {
  const listeners: Listener[] = [];
  const event: ListenableEvent & { fire: (...args: unknown[]) => unknown[] } = {
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener) => listeners.includes(listener),
    fire: (...args) => listeners.map((listener) => listener(...args)),
  };
  return event;
}

function setUp() {
  const events = Object.fromEntries(ENGINE_EVENTS.map((name) => [name, browserEvent()])) as Record<EngineEvent, ReturnType<typeof browserEvent>>;
  const eventOf = (name: EngineEvent) => events[name];
  let onInstall: (() => void) | undefined;
  const engine = vi.fn(() => {
    // What the engine does when evaluated: register its listeners the usual way.
    eventOf('contextMenus.onClicked').addListener((info) => `clicked ${String(info)}`);
    eventOf('runtime.onMessage').addListener(() => true);
    eventOf('runtime.onMessage').addListener(() => undefined);
  });
  deferEngine(eventOf, engine, (listener) => (onInstall = listener));
  return { eventOf, engine, install: () => onInstall?.() };
}

describe('the worker bootstrap defers the engine', () => {
  it('registers one listener per event at start, and evaluates nothing of the engine', () => {
    const { engine } = setUp();
    expect(engine).not.toHaveBeenCalled();
  });

  it('evaluates the engine on the first event and hands that very event to its listeners, in the same call', () => {
    const { eventOf, engine } = setUp();
    expect(eventOf('contextMenus.onClicked').fire('menu')).toEqual(['clicked menu']);
    expect(engine).toHaveBeenCalledTimes(1);
    // Later events reach the engine's listener once each, and the engine is not evaluated again.
    expect(eventOf('contextMenus.onClicked').fire('again')).toEqual(['clicked again']);
    expect(engine).toHaveBeenCalledTimes(1);
  });

  it('keeps a message channel open when any engine listener will answer later', () => {
    const { eventOf } = setUp();
    expect(eventOf('runtime.onMessage').fire({ type: 'x' })).toEqual([true]);
  });

  it('answers nothing for an event the engine does not listen to, after evaluating it', () => {
    const { eventOf, engine } = setUp();
    expect(eventOf('permissions.onAdded').fire({ origins: [] })).toEqual([undefined]);
    expect(engine).toHaveBeenCalledTimes(1);
  });

  it('imports the engine while installing (a worker may import only scripts it imported then)', () => {
    const { engine, install } = setUp();
    install();
    expect(engine).toHaveBeenCalledTimes(1);
  });

  it('removes and reports engine listeners like the browser does', () => {
    const { eventOf } = setUp();
    const listener = () => 'x';
    eventOf('commands.onCommand').addListener(listener);
    expect(eventOf('commands.onCommand').hasListener(listener)).toBe(true);
    eventOf('commands.onCommand').removeListener(listener);
    expect(eventOf('commands.onCommand').fire('c')).toEqual([undefined]);
  });

  it('shows the event that is about to load the engine to beforeLoad first, and no later event', () => {
    const events = Object.fromEntries(ENGINE_EVENTS.map((name) => [name, browserEvent()])) as Record<EngineEvent, ReturnType<typeof browserEvent>>;
    const order: string[] = [];
    const beforeLoad = vi.fn((name: EngineEvent) => void order.push(`before ${name}`));
    deferEngine((name) => events[name], () => void order.push('engine'), () => undefined, beforeLoad);
    events['contextMenus.onClicked'].fire({ menuItemId: 'm' }, { id: 3 });
    events['contextMenus.onClicked'].fire({ menuItemId: 'm' }, { id: 3 });
    expect(order).toEqual(['before contextMenus.onClicked', 'engine']);
    expect(beforeLoad).toHaveBeenCalledWith('contextMenus.onClicked', [{ menuItemId: 'm' }, { id: 3 }]);
  });
});
