import { browser } from 'wxt/browser';
import { presetById } from './presets';
import type { ProviderSettings } from './schema';

/** The hosted providers answer cross-origin requests themselves; other servers may need host access. */
const HOSTED_PRESETS = new Set(['openai', 'deepseek', 'openrouter', 'groq', 'gemini']);

/**
 * The match pattern for the server's origin. Firefox's match patterns take no port (Firefox bug
 * 1362809): one with a port is never granted, and there the portless host covers every port.
 */
export function originPattern(baseUrl: string, isFirefox: boolean = import.meta.env.FIREFOX): string {
  const url = new URL(baseUrl);
  return isFirefox ? `${url.protocol}//${url.hostname}/*` : `${url.origin}/*`;
}

export function needsHostAccess(provider: ProviderSettings): boolean {
  if (!HOSTED_PRESETS.has(provider.preset)) return true;
  // A hosted preset pointed at another host (a proxy, a gateway) is a custom server after all.
  return new URL(provider.baseUrl).origin !== new URL(presetById(provider.preset).baseUrl).origin;
}

/**
 * Asks for access to the provider's one origin, never to all sites. Must run inside the click
 * that saves: browsers only show the prompt during a user gesture.
 */
export async function requestHostAccess(provider: ProviderSettings): Promise<boolean> {
  if (!needsHostAccess(provider)) return true;
  const origins = [originPattern(provider.baseUrl)];
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}
