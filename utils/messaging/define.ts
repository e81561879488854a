import type { z } from 'zod';

/**
 * Who may send a message. `extension`: the extension's own pages and background (popup, options,
 * side panel). `content-script`: also Parley's content scripts, which run inside web pages and so
 * are less trusted: they never get the key, and what they ask is validated like any input.
 */
export type Trust = 'extension' | 'content-script';

export interface RequestDefinition<Request, Response> {
  type: string;
  request: z.ZodType<Request>;
  response: z.ZodType<Response>;
  trust: Trust;
}

/** One request and its one answer, validated at both ends with the same schemas. */
export function defineRequest<Request, Response>(definition: RequestDefinition<Request, Response>): RequestDefinition<Request, Response> {
  return definition;
}

export interface StreamDefinition<Start, Event> {
  /** The port name. */
  name: string;
  start: z.ZodType<Start>;
  event: z.ZodType<Event>;
  trust: Trust;
  /**
   * Whether the work goes on when the page that started it goes away (the popup closes).
   * Such a handler must save what it produces: nobody is listening any more.
   */
  continueWhenDetached: boolean;
}

/** A stream of events over a long-lived port, with cancel. */
export function defineStream<Start, Event>(definition: StreamDefinition<Start, Event>): StreamDefinition<Start, Event> {
  return definition;
}
