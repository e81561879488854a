import { useEffect, useState } from 'react';
import { sendRequest } from '../../utils/messaging/request-client';
import { getPublicSettings, type PublicSettings } from '../../utils/settings/messages';

/** The user's theme setting for in-page UI, which cannot read storage: `system` until the background answers. */
export function useInPageTheme(): PublicSettings['theme'] {
  const [theme, setTheme] = useState<PublicSettings['theme']>('system');
  useEffect(() => {
    sendRequest(getPublicSettings, {})
      .then((settings) => setTheme(settings.theme))
      .catch(() => undefined);
  }, []);
  return theme;
}
