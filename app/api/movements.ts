import { queryOptions } from '@tanstack/react-query';
import type { MovementDetail, MovementSummary } from '../../shared/contracts/movements.ts';
import { api } from './client.ts';

export const movementsQuery = queryOptions({
  queryKey: ['public', 'movements'],
  queryFn: ({ signal }) => api.get<MovementSummary[]>('/api/public/movements', signal),
  staleTime: 10 * 60_000,
});

export const movementQuery = (code: string) =>
  queryOptions({
    queryKey: ['public', 'movements', code],
    queryFn: ({ signal }) =>
      api.get<MovementDetail>(`/api/public/movements/${encodeURIComponent(code)}`, signal),
    staleTime: 10 * 60_000,
  });
