/**
 * The one way the app talks to the API: JSON over same-origin fetch, the UI language in
 * Accept-Language, and the session's anti-forgery token on every state-changing request.
 * Failures become an ApiError carrying the server's code, message and field messages.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let language: 'vi' | 'en' = 'vi';

/** Kept in memory only: set from GET /api/me or the sign-in response, cleared on sign-out. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function setApiLanguage(lang: 'vi' | 'en') {
  language = lang;
}

/** The headers every state-changing request carries; for uploads sent with XMLHttpRequest. */
export function sessionHeaders(): Record<string, string> {
  return {
    Accept: 'application/json',
    'Accept-Language': language,
    ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
  };
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers, e.g. Idempotency-Key. */
  headers?: Record<string, string>;
}

/** Codes the client invents when the server never answered in its own format. */
export const clientCodes = { network: 'network_error', unreadable: 'unreadable_response' } as const;

export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { ...sessionHeaders(), ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, clientCodes.network, '');
  }
  if (response.status === 204) return undefined as T;
  return readResponse<T>(response.status, await response.text());
}

/** The body of an API answer, or the ApiError it carries; shared with XMLHttpRequest uploads. */
export function readResponse<T>(status: number, text: string): T {
  const ok = status >= 200 && status < 300;
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    if (ok) throw new ApiError(status, clientCodes.unreadable, '');
  }
  if (!ok) {
    const error = (
      data as
        { error?: { code?: string; message?: string; fields?: Record<string, string> } } | undefined
    )?.error;
    throw new ApiError(
      status,
      error?.code ?? clientCodes.unreadable,
      error?.message ?? '',
      error?.fields ?? {},
    );
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Builds a path with a query string from defined values only. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, value);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
