import { browser } from 'wxt/browser';
import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import type { Settings } from '../settings/schema';
import { updateSettings } from '../settings/store';
import type { SiteRule } from './messages';
import { originPattern } from '../settings/host-access';

export function ruleFor(settings: Settings, origin: string | null): SiteRule {
  if (origin === null) return 'ask';
  if (settings.pageTranslate.alwaysSites.includes(origin)) return 'always';
  return settings.pageTranslate.neverSites.includes(origin) ? 'never' : 'ask';
}

/** Only http(s) origins, written as the browser writes them. */
function normalisedOrigin(origin: string): string {
  const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol)) throw parleyError('bad-message', t('pageTranslateBadSite'));
  return parsed.origin;
}

/**
 * "Always" needs the host permission for that one origin, which only the popup can ask for (it
 * takes a click); "never" and "ask" give it back, except where the build holds it anyway.
 */
export async function setRule(origin: string, rule: SiteRule): Promise<SiteRule> {
  const site = normalisedOrigin(origin);
  if (rule === 'always' && !(await browser.permissions.contains({ origins: [originPattern(site)] }))) {
    throw parleyError('not-allowed', t('pageTranslateNeedsPermission'));
  }
  const without = (list: string[]) => list.filter((entry) => entry !== site);
  await updateSettings((settings) => ({
    ...settings,
    pageTranslate: {
      ...settings.pageTranslate,
      alwaysSites: rule === 'always' ? [...without(settings.pageTranslate.alwaysSites), site] : without(settings.pageTranslate.alwaysSites),
      neverSites: rule === 'never' ? [...without(settings.pageTranslate.neverSites), site] : without(settings.pageTranslate.neverSites),
    },
  }));
  if (rule !== 'always') await browser.permissions.remove({ origins: [originPattern(site)] }).catch(() => false);
  return rule;
}
