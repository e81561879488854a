import { useCallback, useEffect, useState } from 'react';
import { builtinStatus, type BuiltinStatus, type LanguagePair } from '../../utils/builtin/messages';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';


/** What the background (where the built-in provider runs) reports for these pairs; `refresh` after a download. */
export function useBuiltinStatus(pairs: LanguagePair[]) {
  const [status, setStatus] = useState<BuiltinStatus>();
  const [error, setError] = useState<ParleyErrorData>();
  const key = JSON.stringify(pairs);

  const refresh = useCallback(() => {
    sendRequest(builtinStatus, { pairs: JSON.parse(key) as LanguagePair[] })
      .then((result) => {
        setStatus(result);
        setError(undefined);
      })
      .catch((failure: unknown) =>
        setError(failure instanceof ParleyError ? failure.data : { code: 'unknown', message: 'Parley could not check what this device can do.', action: 'retry' }),
      );
  }, [key]);

  useEffect(refresh, [refresh]);
  return { status, error, refresh };
}
