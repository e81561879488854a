import type { SyntheticEvent } from 'react';

/**
 * The bubble's shadow root is open, so a page script could `.click()` its buttons or dispatch a
 * change on its select. Only events the browser made from the user's own input act; a page
 * must not be able to make Parley call the API, replace text or copy.
 */
export function trusted<E extends SyntheticEvent>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.nativeEvent.isTrusted) action(event);
  };
}
