import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import { ParleyError, type ParleyErrorData } from '../errors/parley-error';
import { redactSecrets } from './redact';

export interface ErrorContext {
  baseUrl: string;
  model: string;
  apiKey: string;
  providerLabel: string;
}

function isLoopback(baseUrl: string): boolean {
  if (!URL.canParse(baseUrl)) return false;
  const host = new URL(baseUrl).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

function retryAfterSeconds(error: APIError): number | undefined {
  const headers = error.headers;
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return Math.ceil(ms / 1000);
  const seconds = Number(headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function serverSays(error: APIError, context: ErrorContext): string {
  const body = error.error;
  const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : '';
  return message ? ` The server said: "${redactSecrets(message, context.apiKey).slice(0, 300)}"` : '';
}

/**
 * Turns anything the SDK or the network throws into a message that says what happened and
 * what to do. Checked with instanceof: class names are minified in the build.
 */
export function toParleyError(error: unknown, context: ErrorContext): ParleyError {
  if (error instanceof ParleyError) return error;
  return new ParleyError(describe(error, context));
}

function describe(error: unknown, context: ErrorContext): ParleyErrorData {
  const name = context.providerLabel;
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError')) {
    return { code: 'cancelled', message: 'Stopped.', action: 'retry' };
  }
  if (error instanceof APIConnectionTimeoutError) {
    return {
      code: 'timeout',
      message: `${name} did not answer in time. Try again; if it keeps happening, raise the timeout in Parley's settings or check the server.`,
      action: 'retry',
    };
  }
  if (error instanceof APIConnectionError) {
    const local = isLoopback(context.baseUrl);
    return {
      code: 'network',
      message: local
        ? `Parley could not reach ${context.baseUrl}. Is the local server running? Start it, then retry.`
        : `Parley could not reach ${name} at ${context.baseUrl}. Check your internet connection and the base URL, then retry.`,
      action: 'retry',
    };
  }
  if (error instanceof AuthenticationError) {
    return {
      code: 'invalid-key',
      message: `${name} rejected the API key (401). Check the key in Parley's settings: copy it again from your provider's dashboard.`,
      action: 'open-settings',
    };
  }
  if (error instanceof PermissionDeniedError) {
    if (local403(error, context)) {
      return {
        code: 'origin-refused',
        message:
          'The local server refused a request from the extension. For Ollama, restart it with OLLAMA_ORIGINS=chrome-extension://*,moz-extension://* (for example `OLLAMA_ORIGINS="chrome-extension://*" ollama serve`), then retry.',
        action: 'retry',
      };
    }
    return {
      code: 'forbidden',
      message: `${name} refused the request (403): your account or region may not have access to this model or API.${serverSays(error, context)}`,
      action: 'open-settings',
    };
  }
  if (error instanceof NotFoundError) {
    return {
      code: 'model-not-found',
      message: `${name} has no model "${context.model}" (404), or the base URL is wrong. Pick another model in Parley's settings ("Test connection" lists them).`,
      action: 'open-settings',
    };
  }
  if (error instanceof RateLimitError) {
    if (error.code === 'insufficient_quota' || error.type === 'insufficient_quota') {
      return {
        code: 'quota',
        message: `Your ${name} account has no credit left (quota exceeded). Add credit or change the plan on your provider's billing page; retrying will not help until then.`,
        action: 'open-settings',
      };
    }
    const wait = retryAfterSeconds(error);
    return {
      code: 'rate-limited',
      message: `${name} is limiting how fast you can send requests.${wait ? ` Wait ${wait} s` : ' Wait a moment'} and retry, or lower the requests per second in Parley's settings.`,
      action: 'retry',
      ...(wait ? { retryAfterSeconds: wait } : {}),
    };
  }
  if (error instanceof BadRequestError) {
    return {
      code: 'bad-request',
      message: `${name} did not accept the request (400).${serverSays(error, context)} Check the model and the advanced parameters in settings.`,
      action: 'open-settings',
    };
  }
  if (error instanceof APIError && typeof error.status === 'number' && error.status >= 500) {
    return {
      code: 'server',
      message: `${name} had a problem on its side (${error.status}). This is usually brief: retry in a moment.`,
      action: 'retry',
    };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return {
      code: 'unknown',
      message: `${name} answered with an error (${error.status}).${serverSays(error, context)}`,
      action: 'retry',
    };
  }
  if (error instanceof SyntaxError) {
    return {
      code: 'bad-response',
      message: `${name} sent a reply Parley could not read. Check that the base URL points to an OpenAI-compatible API, then retry.`,
      action: 'retry',
    };
  }
  const detail = error instanceof Error ? redactSecrets(error.message, context.apiKey) : '';
  return { code: 'unknown', message: `Something went wrong while talking to ${name}${detail ? `: ${detail}` : ''}. Retry.`, action: 'retry' };
}

/** Ollama answers a request from an extension origin it was not told to allow with an empty 403. */
function local403(error: APIError, context: ErrorContext): boolean {
  const body = error.error;
  const empty = body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0);
  return isLoopback(context.baseUrl) && empty;
}
