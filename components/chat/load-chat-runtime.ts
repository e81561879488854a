import { afterFirstPaint } from '../ui/after-first-paint';

/** The chat's store and messaging (chat-runtime.ts), imported once, after the popup's first paint. */
export type ChatRuntime = typeof import('./chat-runtime');

let loading: Promise<ChatRuntime> | undefined;

export function loadChatRuntime(): Promise<ChatRuntime> {
  loading ??= afterFirstPaint().then(() => import('./chat-runtime'));
  return loading;
}
