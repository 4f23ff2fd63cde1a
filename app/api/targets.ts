import { queryOptions } from '@tanstack/react-query';
import type {
  ActualInput,
  AssignmentInput,
  AssignmentListResponse,
  AssignmentResponse,
  PublicTarget,
  TargetListResponse,
  TargetResponse,
} from '../../shared/contracts/targets.ts';
import { api } from './client.ts';

export const targetsKey = ['targets'] as const;
export const publicTargetsKey = ['public', 'targets'] as const;

export const publicTargetsQuery = queryOptions({
  queryKey: publicTargetsKey,
  queryFn: ({ signal }) => api.get<PublicTarget[]>('/api/public/targets', signal),
  staleTime: 60_000,
});

export const targetsQuery = queryOptions({
  queryKey: targetsKey,
  queryFn: ({ signal }) => api.get<TargetListResponse>('/api/targets', signal),
});

export function enterActual(code: string, year: number, body: ActualInput) {
  return api.put<TargetResponse>(`/api/targets/${encodeURIComponent(code)}/actuals/${year}`, body);
}

export const assignmentsQuery = (code: string) =>
  queryOptions({
    queryKey: [...targetsKey, code, 'assignments'],
    queryFn: ({ signal }) =>
      api.get<AssignmentListResponse>(
        `/api/targets/${encodeURIComponent(code)}/assignments`,
        signal,
      ),
  });

export function assignTarget(code: string, body: AssignmentInput) {
  return api.post<AssignmentResponse>(`/api/targets/${encodeURIComponent(code)}/assignments`, body);
}
