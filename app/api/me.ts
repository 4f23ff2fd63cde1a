import { queryOptions } from '@tanstack/react-query';
import type { LoginInput, MeResponse as Me } from '../../shared/contracts/auth.ts';
import { api, ApiError, setCsrfToken } from './client.ts';
import { meKey, queryClient } from './query.ts';

export { meKey };

/** The signed-in user, or null when signed out (401). */
export const meQuery = queryOptions({
  queryKey: meKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      const me = await api.get<Me>('/api/me', signal);
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export function rememberMe(me: Me) {
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meKey, me);
}

export async function login(username: string, password: string): Promise<Me> {
  const body: LoginInput = { username, password };
  const me = await api.post<Me>('/api/auth/login', body);
  queryClient.clear();
  rememberMe(me);
  return me;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } finally {
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(meKey, null);
  }
}

/** The cached user without asking the server (public pages never call /api/me). */
export function cachedMe(): Me | null | undefined {
  return queryClient.getQueryData(meKey);
}

export async function ensureMe(): Promise<Me | null> {
  return queryClient.ensureQueryData(meQuery);
}

/** Where to go after sign-in: only same-site paths, never back to /login. */
export function safeRedirect(target: unknown): string {
  if (
    typeof target !== 'string' ||
    !target.startsWith('/') ||
    target.startsWith('//') ||
    target.startsWith('/\\')
  )
    return '/home';
  if (target.startsWith('/login')) return '/home';
  return target;
}
