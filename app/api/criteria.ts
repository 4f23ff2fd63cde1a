import { queryOptions } from '@tanstack/react-query';
import type {
  CriteriaDiffResponse,
  CriteriaSetListResponse,
  CriteriaVersionResponse,
  NewVersionInput,
  SaveDraftInput,
} from '../../shared/contracts/criteria.ts';
import { api, request } from './client.ts';
import { queryClient } from './query.ts';

export const criteriaSetsQuery = queryOptions({
  queryKey: ['criteria-sets'],
  queryFn: ({ signal }) =>
    api.get<CriteriaSetListResponse>('/api/criteria-sets', signal).then((r) => r.sets),
});

const setPath = (id: string, rest = '') => `/api/criteria-sets/${encodeURIComponent(id)}${rest}`;

export const criteriaVersionQuery = (id: string, n: number) =>
  queryOptions({
    queryKey: ['criteria-sets', id, 'versions', n],
    queryFn: ({ signal }) =>
      api.get<CriteriaVersionResponse>(setPath(id, `/versions/${n}`), signal),
  });

export const criteriaDiffQuery = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['criteria-sets', id, 'diff', from, to],
    queryFn: ({ signal }) =>
      api.get<CriteriaDiffResponse>(setPath(id, `/diff?from=${from}&to=${to}`), signal),
  });

export const criteriaCommands = {
  /** The content is checked field by field by the server (paths like groups.0.criteria.2). */
  save: (id: string, n: number, body: SaveDraftInput) =>
    request<CriteriaVersionResponse>('PUT', setPath(id, `/versions/${n}`), { body }),
  publish: (id: string, n: number) =>
    api.post<CriteriaVersionResponse>(setPath(id, `/versions/${n}/publish`)),
  newVersion: (id: string, from: number) => {
    const body: NewVersionInput = { from };
    return api.post<CriteriaVersionResponse>(setPath(id, '/versions'), body);
  },
};

export function invalidateCriteria() {
  return queryClient.invalidateQueries({ queryKey: ['criteria-sets'] });
}
