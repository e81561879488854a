import type { ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { openRepliesSettings } from '../../utils/replies/messages';
import { trusted } from './trusted';

/** ErrorNotice's twin for the in-page panel: a content script cannot open the options page itself. */
export function PanelError({ error, onRetry }: { error: ParleyErrorData; onRetry?: () => void }) {
  return (
    <div className="notice error" role="alert" data-error-code={error.code}>
      <span>{error.message}</span>{' '}
      {error.action === 'open-settings' && (
        <button type="button" onClick={trusted(() => void sendRequest(openRepliesSettings, {}).catch(() => undefined))}>
          Open settings
        </button>
      )}
      {error.action === 'retry' && onRetry && (
        <button type="button" onClick={trusted(onRetry)}>
          Retry
        </button>
      )}
    </div>
  );
}
