let painted: Promise<void> | undefined;

/**
 * Resolves just after the next frame is painted. A hidden page gets no frames, and a busy one may
 * wait long for its next: a timer then resolves it anyway.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 100);
    if (document.visibilityState === 'hidden') return;
    requestAnimationFrame(() => {
      // rAF runs just before the frame is painted; a task queued now runs just after it.
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}

/**
 * Resolves once the page has painted its first frame: what a page loads after that (the chat's
 * store, zod and the schemas) no longer delays the input the user came for.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= afterNextPaint();
  return painted;
}
