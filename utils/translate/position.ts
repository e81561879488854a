export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MARGIN = 8;
const GAP = 8;

/**
 * Where the bubble goes: under the selection when it fits, else above it, else as close as the
 * viewport allows; always fully inside the viewport, even when the selection scrolled out of it.
 */
export function placeBubble(anchor: Box, size: { width: number; height: number }, viewport: { width: number; height: number }): { top: number; left: number } {
  const maxLeft = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const maxTop = Math.max(MARGIN, viewport.height - size.height - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top: number;
  if (below + size.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = below;
  return { top: Math.min(Math.max(top, MARGIN), maxTop), left };
}
