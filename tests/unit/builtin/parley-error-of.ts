import { ParleyError } from '../../../utils/errors/parley-error';

/** The ParleyError a promise rejects with; anything else fails the test with what came instead. */
export async function parleyErrorOf(promise: Promise<unknown>): Promise<ParleyError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ParleyError)) throw new Error(`expected a ParleyError, got ${String(error)}`);
  return error;
}
