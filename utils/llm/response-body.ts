import { APIError } from 'openai';
import { ResponseBrokeOff } from './stream-guards';

/**
 * Reads the body of a stream the server already accepted (200, headers read). A failure of the
 * transport from here on means the connection dropped mid-answer, even before the first piece of
 * text: marked so the guards report a cut answer instead of a generic network failure. What the
 * server itself said (an error event) and what it sent malformed keep their own messages.
 */
export async function* readStartedBody<T>(body: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* body;
  } catch (error) {
    if (error instanceof APIError || error instanceof SyntaxError) throw error;
    throw new ResponseBrokeOff(error);
  }
}
