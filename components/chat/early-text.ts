/**
 * The input is usable before the saved draft is read: what the user typed meanwhile goes after
 * the saved draft, on a line of its own, so neither is lost.
 */
export function joinEarlyText(saved: string, typed: string): string {
  if (!typed) return saved;
  if (!saved) return typed;
  return `${saved}\n${typed}`;
}
