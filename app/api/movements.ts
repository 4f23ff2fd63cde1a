import { queryOptions } from '@tanstack/react-query';
import type { MovementSummary } from '../../shared/contracts/movements.ts';
import type { PlanDiffResponse, PublicPlanDetail } from '../../shared/contracts/plans.ts';
import { api } from './client.ts';

export const movementsQuery = queryOptions({
  queryKey: ['public', 'movements'],
  queryFn: ({ signal }) => api.get<MovementSummary[]>('/api/public/movements', signal),
  staleTime: 10 * 60_000,
});

/** The plan in force today, or on `asOf` (YYYY-MM-DD). */
export const movementQuery = (code: string, asOf?: string) =>
  queryOptions({
    queryKey: ['public', 'movements', code, asOf ?? 'today'],
    queryFn: ({ signal }) =>
      api.get<PublicPlanDetail>(
        `/api/public/movements/${encodeURIComponent(code)}${asOf ? `?asOf=${asOf}` : ''}`,
        signal,
      ),
    staleTime: 10 * 60_000,
  });

/** What changed between two issued versions of the plan. */
export const publicPlanDiffQuery = (code: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['public', 'movements', code, 'diff', from, to],
    queryFn: ({ signal }) =>
      api.get<PlanDiffResponse>(
        `/api/public/movements/${encodeURIComponent(code)}/diff?from=${from}&to=${to}`,
        signal,
      ),
    staleTime: 10 * 60_000,
  });
