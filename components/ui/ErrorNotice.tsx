import { browser } from 'wxt/browser';
import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { t } from '../../utils/i18n/t';

interface Props {
  error: ParleyErrorData;
  onRetry?: () => void;
}

/** A failure said in words, with the one thing the user can do about it. */
export function ErrorNotice({ error, onRetry }: Props) {
  return (
    <div className="notice error" role="alert" data-error-code={error.code}>
      <span>{error.message}</span>{' '}
      {error.action === 'open-settings' && (
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('commonOpenSettings')}
        </button>
      )}
      {error.action === 'retry' && onRetry && (
        <button type="button" onClick={onRetry}>
          {t('commonRetry')}
        </button>
      )}
    </div>
  );
}
