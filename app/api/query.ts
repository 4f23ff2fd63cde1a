import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

export const meKey = ['me'] as const;

/**
 * One cache for the app. API failures other than network ones are not retried; a 401 on
 * any signed-in read means the session ended, so the user is sent to sign in again.
 */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (!(error instanceof ApiError) || error.status !== 401 || query.queryKey[0] === meKey[0])
        return;
      if (!queryClient.getQueryData(meKey)) return;
      queryClient.setQueryData(meKey, null);
      const here = window.location.pathname + window.location.search;
      window.location.assign(`/login?redirect=${encodeURIComponent(here)}`);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => error instanceof ApiError && error.status === 0 && count < 2,
    },
    mutations: { retry: false },
  },
});
