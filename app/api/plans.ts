import { queryOptions } from '@tanstack/react-query';
import type {
  IssuePlanInput,
  NewPlanVersionInput,
  PlanDiffResponse,
  PlanVersionList,
  PlanVersionResponse,
  SavePlanInput,
} from '../../shared/contracts/plans.ts';
import { api, request } from './client.ts';
import { queryClient } from './query.ts';

const path = (code: string, rest = '') =>
  `/api/movements/${encodeURIComponent(code)}/plan-versions${rest}`;

export const planVersionsQuery = (code: string) =>
  queryOptions({
    queryKey: ['plan-versions', code],
    queryFn: ({ signal }) => api.get<PlanVersionList>(path(code), signal),
  });

export const planVersionQuery = (code: string, n: number) =>
  queryOptions({
    queryKey: ['plan-versions', code, n],
    queryFn: ({ signal }) => api.get<PlanVersionResponse>(path(code, `/${n}`), signal),
  });

export const planDiffQuery = (code: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['plan-versions', code, 'diff', from, to],
    queryFn: ({ signal }) =>
      api.get<PlanDiffResponse>(path(code, `/diff?from=${from}&to=${to}`), signal),
  });

export const planCommands = {
  save: (code: string, n: number, body: SavePlanInput) =>
    request<PlanVersionResponse>('PUT', path(code, `/${n}`), { body }),
  issue: (code: string, n: number, body: IssuePlanInput) =>
    api.post<PlanVersionResponse>(path(code, `/${n}/issue`), body),
  newVersion: (code: string, body: NewPlanVersionInput) =>
    api.post<PlanVersionResponse>(path(code), body),
};

export function invalidatePlans() {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['plan-versions'] }),
    queryClient.invalidateQueries({ queryKey: ['public', 'movements'] }),
    queryClient.invalidateQueries({ queryKey: ['targets'] }),
  ]);
}
