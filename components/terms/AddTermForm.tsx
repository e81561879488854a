import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { LanguageCode } from '../../utils/languages/languages';
import type { TermEntry } from '../../utils/terms/schema';
import { MAX_TERM_CHARS } from '../../utils/terms/schema';
import { trusted } from '../translate/trusted';
import { t } from '../../utils/i18n/t';

interface Props {
  /** The text the bubble translated: the user picks the word from it. */
  original: string;
  targetLanguage: LanguageCode | undefined;
  onSave: (entry: TermEntry) => Promise<void>;
  onCancel: () => void;
}

type Status = { kind: 'saved' } | { kind: 'error'; message: string } | undefined;

/** The selection inside the bubble's own shadow root (Chromium keeps it apart from the page's). */
function selectedIn(element: HTMLElement): string {
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  const selection = typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
  if (!selection || selection.rangeCount === 0 || !element.contains(selection.anchorNode)) return '';
  return selection.toString().replace(/\s+/g, ' ').trim();
}

/** "Add to terms" in the bubble: a word picked from the original, its translation or "keep as is". */
export function AddTermForm({ original, targetLanguage, onSave, onCancel }: Props) {
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [keep, setKeep] = useState(false);
  const [status, setStatus] = useState<Status>();
  const originalRef = useRef<HTMLParagraphElement>(null);
  const id = useId();

  useEffect(() => {
    const onSelection = () => {
      const element = originalRef.current;
      const picked = element ? selectedIn(element) : '';
      if (picked && picked.length <= MAX_TERM_CHARS) setSource(picked);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(event.nativeEvent as SubmitEvent).isTrusted || !source.trim() || (!keep && !target.trim())) return;
    // A translation is in one language; "keep as is" holds in every one.
    const entry: TermEntry = { source: source.trim(), target: keep ? '' : target.trim(), keep, caseSensitive: false, sourceLanguage: null, targetLanguage: keep ? null : (targetLanguage ?? null) };
    try {
      await onSave(entry);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : t('termsAddFailed') });
    }
  };

  return (
    <form className="add-term" aria-label={t('termsAddTitle')} onSubmit={(event) => void submit(event)}>
      <p className="hint">{t('termsPickHint')}</p>
      <p className="original" ref={originalRef} data-testid="term-original" dir="auto">
        {original}
      </p>
      <label htmlFor={`${id}-source`}>{t('termsSource')}</label>
      <input id={`${id}-source`} value={source} maxLength={MAX_TERM_CHARS} onChange={(event) => setSource(event.target.value)} />
      <label htmlFor={`${id}-target`}>{t('termsTarget')}</label>
      <input id={`${id}-target`} value={target} maxLength={MAX_TERM_CHARS} disabled={keep} onChange={(event) => setTarget(event.target.value)} />
      <label className="check">
        <input type="checkbox" checked={keep} onChange={(event) => setKeep(event.target.checked)} />
        {t('termsKeepAsIs')}
      </label>
      <div className="row">
        <button type="submit" disabled={!source.trim() || (!keep && !target.trim())}>
          {t('termsAddSave')}
        </button>
        <button type="button" onClick={trusted(onCancel)}>
          {t('termsAddClose')}
        </button>
      </div>
      {status?.kind === 'saved' && (
        <p className="notice" role="status">
          {t('termsAdded')}
        </p>
      )}
      {status?.kind === 'error' && (
        <p className="notice error" role="alert">
          {status.message}
        </p>
      )}
    </form>
  );
}
