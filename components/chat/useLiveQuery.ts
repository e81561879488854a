import { useEffect, useState, type DependencyList } from 'react';
import { loadChatRuntime, type ChatRuntime } from './load-chat-runtime';

/**
 * The result of a Dexie query, kept current as the background writes (Dexie broadcasts commits
 * across the extension's contexts). Undefined until the first result. Dexie and the queries load
 * with the chat runtime, after the popup's first paint; the query gets the runtime to call them.
 */
export function useLiveQuery<T>(query: (runtime: ChatRuntime) => Promise<T>, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<{ deps: DependencyList; result: T }>();
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    void loadChatRuntime().then((runtime) => {
      if (cancelled) return;
      const subscription = runtime.liveQuery(() => query(runtime)).subscribe({
        next: (result) => setValue({ deps, result }),
        error: (error: unknown) => console.error('Parley: reading the chat history failed', error instanceof Error ? error.message : 'unknown error'),
      });
      unsubscribe = () => subscription.unsubscribe();
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
    // The caller's deps decide when the query changes, as with useEffect itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  // A result computed for other deps (the previous conversation) is not shown for the new ones.
  return value && sameDeps(value.deps, deps) ? value.result : undefined;
}

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}
