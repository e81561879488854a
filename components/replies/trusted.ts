import type { SyntheticEvent } from 'react';

/**
 * Runs the handler only for a click the user made: in a web page, the page's own script can
 * dispatch clicks on Parley's buttons, and those must do nothing.
 */
export function trusted<E extends SyntheticEvent>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.nativeEvent.isTrusted) return;
    handler(event);
  };
}
