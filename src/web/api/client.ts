import { i18n } from '../i18n/i18n';

/** A problem with one field, as the server names it (`path` is the field name). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An answer other than 2xx, carrying the server's code and its message in the UI's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** The error's `details` beyond field issues, e.g. the gate's `blockers`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Calls the API with JSON and the UI's language, so the server's messages match what the
 * person reads. Writes always carry a JSON body: the server refuses cookie-authenticated
 * writes of any other content type.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language,
  };
  let body: string | undefined;
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (response.status === 204 || response.status === 202) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } })
    ?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') {
    return new ApiError(status, 'internal', i18n.t('errors.unexpected'));
  }
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  return new ApiError(
    status,
    error.code,
    error.message,
    Array.isArray(issues) ? (issues as FieldIssue[]) : [],
    error.details && typeof error.details === 'object'
      ? (error.details as Record<string, unknown>)
      : {},
  );
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18n.t('errors.unexpected');
}
