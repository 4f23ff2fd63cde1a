import { queryOptions } from '@tanstack/react-query';
import type { ImportMode, ImportReport } from '../../shared/contracts/common.ts';
import type {
  CreateUnitInput,
  DissolveUnitInput,
  LineageResponse,
  MoveUnitInput,
  RenameUnitInput,
  TreeResponse,
  UnitDetailResponse,
} from '../../shared/contracts/units.ts';
import { api, withQuery } from './client.ts';
import { queryClient } from './query.ts';

export const unitTreeQuery = (asOf: string) =>
  queryOptions({
    queryKey: ['units', 'tree', asOf],
    queryFn: ({ signal }) => api.get<TreeResponse>(withQuery('/api/units/tree', { asOf }), signal),
  });

export const unitQuery = (id: string) =>
  queryOptions({
    queryKey: ['units', 'detail', id],
    queryFn: ({ signal }) =>
      api.get<UnitDetailResponse>(`/api/units/${encodeURIComponent(id)}`, signal),
  });

export const lineageQuery = (id: string) =>
  queryOptions({
    queryKey: ['units', 'lineage', id],
    queryFn: ({ signal }) =>
      api.get<LineageResponse>(`/api/units/${encodeURIComponent(id)}/lineage`, signal),
  });

const unitPath = (id: string, action: string) => `/api/units/${encodeURIComponent(id)}/${action}`;

/** Each change answers with the units it touched, as they stand on its date. */
export const unitCommands = {
  create: (body: CreateUnitInput) => api.post<TreeResponse>('/api/units', body),
  rename: (id: string, body: RenameUnitInput) =>
    api.post<TreeResponse>(unitPath(id, 'rename'), body),
  move: (id: string, body: MoveUnitInput) => api.post<TreeResponse>(unitPath(id, 'move'), body),
  dissolve: (id: string, body: DissolveUnitInput) =>
    api.post<TreeResponse>(unitPath(id, 'dissolve'), body),
};

/** After any change to the tree every cached view of it may be stale. */
export function invalidateUnits() {
  return queryClient.invalidateQueries({ queryKey: ['units'] });
}

export function importUnits(file: File, mode: ImportMode) {
  const form = new FormData();
  form.append('file', file);
  return api.post<ImportReport>(withQuery('/api/units/import', { mode }), form);
}

export const importTemplateUrl = '/api/units/import/template.xlsx';
