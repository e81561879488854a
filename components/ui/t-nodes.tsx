import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey } from '../../utils/i18n/t';

// A private-use character cannot occur in a translation, so it marks where each node goes.
const MARK = '\uE000';
const SLOT = new RegExp(`${MARK}(\\d)${MARK}`);

/**
 * The UI string for `key` with React nodes (a bold name, a button) in its `$1`…`$9` slots: word
 * order differs between languages, so a sentence is never glued together from pieces.
 */
export function tNodes(key: MessageKey, nodes: ReactNode[]): ReactNode[] {
  const text = t(key, nodes.map((_, index) => `${MARK}${index}${MARK}`));
  return text.split(SLOT).map((part, index) => <Fragment key={index}>{index % 2 === 1 ? nodes[Number(part)] : part}</Fragment>);
}
