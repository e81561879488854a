import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/t';
import { sendRequest } from '../../utils/messaging/request-client';
import { getPageTranslateState, pageTranslateCommand, setPageDisplay, setSiteRule, type PageCommand, type SiteRule } from '../../utils/page-translate/messages';
import type { z } from 'zod';
import type { PageTranslateSettings } from '../../utils/settings/schema';
import { originPattern } from '../../utils/settings/host-access';

type PageState = z.infer<typeof getPageTranslateState.response>;

const POLL_MS = 1_000;

/** The popup's controls for the page in its tab: start, finish, show original, site rules, look. */
export function PageTranslateSection({ tabId }: { tabId: number | undefined }) {
  const [state, setState] = useState<PageState>();
  const [note, setNote] = useState<string>();
  // Counts the look changes made here: an answer asked for before the latest one is older than what is shown.
  const lookChanges = useRef(0);

  const reload = useCallback(() => {
    if (tabId === undefined) return;
    const changesWhenAsked = lookChanges.current;
    sendRequest(getPageTranslateState, { tabId })
      .then((answer) =>
        setState((shown) =>
          shown && changesWhenAsked !== lookChanges.current ? { ...answer, display: shown.display, style: shown.style } : answer,
        ),
      )
      .catch(() => undefined);
  }, [tabId]);

  useEffect(() => {
    reload();
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);

  if (tabId === undefined || !state || !state.enabled) return null;
  if (state.origin === null) return <p className="muted">{t('pageUnavailable')}</p>;
  const origin = state.origin;

  const command = (name: PageCommand) => {
    setNote(undefined);
    sendRequest(pageTranslateCommand, { tabId, command: name })
      .then((answer) => (answer.message ? setNote(answer.message) : reload()))
      .catch((error: unknown) => setNote(error instanceof Error ? error.message : String(error)));
  };

  const chooseRule = async (rule: SiteRule) => {
    setNote(undefined);
    try {
      // Asked here, in the click: only this origin, never all sites.
      if (rule === 'always' && !(await browser.permissions.request({ origins: [originPattern(origin)] }))) {
        setNote(t('pagePermissionRefused'));
        return;
      }
      await sendRequest(setSiteRule, { origin, rule });
      reload();
    } catch (error) {
      setNote(error instanceof Error ? error.message : String(error));
    }
  };

  const changeLook = (look: Partial<Pick<PageTranslateSettings, 'display' | 'style'>>) => {
    // Shown at once: a controlled select would otherwise jump back until the saved look is read.
    lookChanges.current += 1;
    setState((shown) => (shown ? { ...shown, ...look } : shown));
    sendRequest(setPageDisplay, look)
      .then(reload)
      .catch(() => undefined);
  };

  const progress = state.progress;
  const translating = progress?.state === 'translating' || progress?.state === 'error';
  return (
    <section className="page-translate" aria-label={t('pageSectionLabel')}>
      <div className="page-translate-actions">
        <button type="button" className="primary" disabled={state.rule === 'never'} onClick={() => command('start')}>
          {t('pageTranslateButton')}
        </button>
        {progress && translating && (
          <button type="button" onClick={() => command('stop')}>
            {t('pageStop')}
          </button>
        )}
        {progress && (
          <button type="button" onClick={() => command('show-original')}>
            {t('pageShowOriginal')}
          </button>
        )}
      </div>
      {progress && (
        <p className="muted" data-testid="page-progress">
          {t('pageProgressCounts', [progress.done, progress.total])} · {t('pageProgressTokens', progress.tokensUsed.toLocaleString())}
        </p>
      )}
      {progress && progress.tokensToFinish > 0 && (
        <p className="page-translate-estimate">
          <span data-testid="page-estimate">{t('pageEstimate', progress.tokensToFinish.toLocaleString())}</span>{' '}
          <button type="button" onClick={() => command('finish')}>
            {t('pageFinishButton')}
          </button>
        </p>
      )}
      {note && <p className="notice">{note}</p>}
      <label>
        <input type="checkbox" checked={state.rule === 'always'} onChange={(event) => void chooseRule(event.target.checked ? 'always' : 'ask')} /> {t('pageAlways')}
      </label>
      <label>
        <input type="checkbox" checked={state.rule === 'never'} onChange={(event) => void chooseRule(event.target.checked ? 'never' : 'ask')} /> {t('pageNever')}
      </label>
      <div className="page-translate-look">
        <label>
          {t('pageDisplayLabel')}{' '}
          <select value={state.display} onChange={(event) => changeLook({ display: event.target.value as PageTranslateSettings['display'] })}>
            <option value="bilingual">{t('pageDisplayBilingual')}</option>
            <option value="translation-only">{t('pageDisplayTranslationOnly')}</option>
          </select>
        </label>
        <label>
          {t('pageStyleLabel')}{' '}
          <select value={state.style} onChange={(event) => changeLook({ style: event.target.value as PageTranslateSettings['style'] })}>
            <option value="plain">{t('pageStylePlain')}</option>
            <option value="dimmed">{t('pageStyleDimmed')}</option>
            <option value="underlined">{t('pageStyleUnderlined')}</option>
            <option value="side-bar">{t('pageStyleSideBar')}</option>
          </select>
        </label>
      </div>
    </section>
  );
}
