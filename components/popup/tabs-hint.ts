/**
 * Which tabs the popup showed last time, and whether an organisation locked something, kept in
 * the extension's own localStorage (no secret: tab ids and a flag). Read synchronously, it lets
 * the popup draw the right tabs at once instead of after the settings arrive; the settings then
 * correct it, so a change made elsewhere shows at worst for the moment they take to arrive.
 */
const HINT_KEY = 'parley.popupTabs';

export interface TabsHint {
  tabIds: string[];
  managedLocks: boolean;
}

export function readTabsHint(): TabsHint | undefined {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(HINT_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { tabIds, managedLocks } = raw as Record<string, unknown>;
    if (!Array.isArray(tabIds) || !tabIds.every((id) => typeof id === 'string') || typeof managedLocks !== 'boolean') return undefined;
    return { tabIds, managedLocks };
  } catch {
    // No localStorage (a sandboxed test page) or a value this version did not write.
    return undefined;
  }
}

export function writeTabsHint(hint: TabsHint): void {
  try {
    localStorage.setItem(HINT_KEY, JSON.stringify(hint));
  } catch {
    // The hint only saves a moment at the next opening.
  }
}
