import type { PageContext } from '../wording/context-line';
import type { CapturedSelection } from './page-selection';

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** The background caps the line in tokens; this only keeps the message small. */
const MAX_CHARS = 300;

/** The last heading that starts before the node in document order (or holds it): the section it belongs to. */
function headingAbove(node: Node): string {
  let found: Element | undefined;
  for (const heading of document.querySelectorAll(HEADINGS)) {
    const position = heading.compareDocumentPosition(node);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING || heading.contains(node)) found = heading;
    else break;
  }
  return found?.textContent?.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS) ?? '';
}

/**
 * Where the selection sits: the page's title and the nearest heading above it. Only these two
 * lines, never the page's body: they say what the text is about without sending the page.
 */
export function pageContextOf(captured: CapturedSelection): PageContext {
  const anchor = captured.field?.element ?? captured.range?.startContainer;
  return { title: document.title.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS), heading: anchor ? headingAbove(anchor) : '' };
}
