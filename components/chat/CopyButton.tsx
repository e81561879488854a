import { useState } from 'react';
import { t } from '../../utils/i18n/t';

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <button type="button" className="small" onClick={() => void copy()}>
      {state === 'copied' ? t('chatCopied') : state === 'failed' ? t('chatCopyFailed') : (label ?? t('chatCopy'))}
    </button>
  );
}
