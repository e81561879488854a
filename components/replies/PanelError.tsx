import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { openRepliesSettings } from '../../utils/replies/messages';
import { trusted } from './trusted';
import { t } from '../../utils/i18n/t';

/** ErrorNotice's twin for the in-page panel: a content script cannot open the options page itself. */
export function PanelError({ error, onRetry }: { error: ParleyErrorData; onRetry?: () => void }) {
  return (
    <div className="notice error" role="alert" data-error-code={error.code}>
      <span>{error.message}</span>{' '}
      {error.action === 'open-settings' && (
        <button type="button" onClick={trusted(() => void sendRequest(openRepliesSettings, {}).catch(() => undefined))}>
          {t('commonOpenSettings')}
        </button>
      )}
      {error.action === 'retry' && onRetry && (
        <button type="button" onClick={trusted(onRetry)}>
          {t('commonRetry')}
        </button>
      )}
    </div>
  );
}
