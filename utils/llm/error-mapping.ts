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
import { t } from '../i18n/t';

export interface ErrorContext {
  baseUrl: string;
  model: string;
  apiKey: string;
  /** Values of the extra request headers, redacted like the key. */
  headerValues?: readonly string[];
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
  // The provider's own `retry-after` first: `retry-after-ms` may carry Parley's retry jitter.
  const seconds = Number(headers.get('retry-after'));
  if (Number.isFinite(seconds) && seconds > 0) return seconds;
  const ms = Number(headers.get('retry-after-ms'));
  return Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : undefined;
}

function serverSays(error: APIError, context: ErrorContext): string {
  const body = error.error;
  const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : '';
  return message ? ` ${t('errorServerSaid', redactSecrets(message, context.apiKey, context.headerValues).slice(0, 300))}` : '';
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
    return { code: 'cancelled', message: t('errorStopped'), action: 'retry' };
  }
  if (error instanceof APIConnectionTimeoutError) {
    return {
      code: 'timeout',
      message: t('errorTimeout', name),
      action: 'retry',
    };
  }
  if (error instanceof APIConnectionError) {
    const local = isLoopback(context.baseUrl);
    return {
      code: 'network',
      message: local
        ? t('errorNetworkLocal', context.baseUrl)
        : t('errorNetwork', [name, context.baseUrl]),
      action: 'retry',
    };
  }
  if (error instanceof AuthenticationError) {
    return {
      code: 'invalid-key',
      message: t('errorInvalidKey', name),
      action: 'open-settings',
    };
  }
  if (error instanceof PermissionDeniedError) {
    if (local403(error, context)) {
      return {
        code: 'origin-refused',
        message: t('errorOriginRefused'),
        action: 'retry',
      };
    }
    return {
      code: 'forbidden',
      message: `${t('errorForbidden', name)}${serverSays(error, context)}`,
      action: 'open-settings',
    };
  }
  if (error instanceof NotFoundError) {
    return {
      code: 'model-not-found',
      message: t('errorModelNotFound', [name, context.model]),
      action: 'open-settings',
    };
  }
  if (error instanceof RateLimitError) {
    if (error.code === 'insufficient_quota' || error.type === 'insufficient_quota') {
      return {
        code: 'quota',
        message: t('errorQuota', name),
        action: 'open-settings',
      };
    }
    const wait = retryAfterSeconds(error);
    return {
      code: 'rate-limited',
      message: wait ? t('errorRateLimitedWait', [name, wait]) : t('errorRateLimited', name),
      action: 'retry',
      ...(wait ? { retryAfterSeconds: wait } : {}),
    };
  }
  if (error instanceof BadRequestError) {
    return {
      code: 'bad-request',
      message: t('errorBadRequest', [name, serverSays(error, context)]),
      action: 'open-settings',
    };
  }
  if (error instanceof APIError && typeof error.status === 'number' && error.status >= 500) {
    return {
      code: 'server',
      message: t('errorServer', [name, error.status]),
      action: 'retry',
    };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    return {
      code: 'unknown',
      message: `${t('errorStatus', [name, error.status])}${serverSays(error, context)}`,
      action: 'retry',
    };
  }
  if (error instanceof SyntaxError) {
    return {
      code: 'bad-response',
      message: t('errorBadResponse', name),
      action: 'retry',
    };
  }
  const detail = error instanceof Error ? redactSecrets(error.message, context.apiKey, context.headerValues) : '';
  return { code: 'unknown', message: detail ? t('errorUnknownDetail', [name, detail]) : t('errorUnknown', name), action: 'retry' };
}

/** Ollama answers a request from an extension origin it was not told to allow with an empty 403. */
function local403(error: APIError, context: ErrorContext): boolean {
  const body = error.error;
  const empty = body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0);
  return isLoopback(context.baseUrl) && empty;
}
