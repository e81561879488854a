/**
 * Whether a request's answer is a refusal (the `{ ok: false, error }` envelope of
 * request-router.ts), and its error text when it has one. Read without zod: the page-load
 * scripts that call it must stay small.
 */
export function refusalOf(answer: unknown): { message: string | undefined } | undefined {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer) || answer.ok !== false) return undefined;
  const error = 'error' in answer ? answer.error : undefined;
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  return { message: typeof message === 'string' && message ? message : undefined };
}
