import { queryOptions } from '@tanstack/react-query';
import { api, withQuery } from './client.ts';
import { queryClient } from './query.ts';
import type { ImportResult, Lineage, UnitDetail, UnitTree } from './types.ts';

export const unitTreeQuery = (asOf: string) =>
  queryOptions({
    queryKey: ['units', 'tree', asOf],
    queryFn: ({ signal }) => api.get<UnitTree>(withQuery('/api/units/tree', { asOf }), signal),
  });

export const unitQuery = (id: string) =>
  queryOptions({
    queryKey: ['units', 'detail', id],
    queryFn: ({ signal }) => api.get<UnitDetail>(`/api/units/${encodeURIComponent(id)}`, signal),
  });

export const lineageQuery = (id: string) =>
  queryOptions({
    queryKey: ['units', 'lineage', id],
    queryFn: ({ signal }) =>
      api.get<Lineage>(`/api/units/${encodeURIComponent(id)}/lineage`, signal),
  });

export interface NewUnit {
  code: string;
  kind: string;
  name: string;
  shortName?: string;
  parentId: string;
  /** Only for a commune: rural_commune | ward | township | special_zone. */
  communeType?: string;
  effectiveDate: string;
  /** Only when recording a unit that has already ended (its end, exclusive). */
  validTo?: string;
  basis?: string;
}

const unitPath = (id: string, action: string) => `/api/units/${encodeURIComponent(id)}/${action}`;

export const unitCommands = {
  // the API names a new unit's first day validFrom
  create: ({ effectiveDate, ...body }: NewUnit) =>
    api.post<{ id: string }>('/api/units', { ...body, validFrom: effectiveDate }),
  rename: (
    id: string,
    body: { name: string; communeType?: string | null; effectiveDate: string; basis?: string },
  ) => api.post(unitPath(id, 'rename'), body),
  move: (id: string, body: { parentId: string; effectiveDate: string; basis?: string }) =>
    api.post(unitPath(id, 'move'), body),
  dissolve: (id: string, body: { effectiveDate: string; basis?: string }) =>
    api.post(unitPath(id, 'dissolve'), body),
};

/** After any change to the tree every cached view of it may be stale. */
export function invalidateUnits() {
  return queryClient.invalidateQueries({ queryKey: ['units'] });
}

export type ImportMode = 'validate' | 'import' | 'import_valid';

export function importUnits(file: File, mode: ImportMode) {
  const form = new FormData();
  form.append('file', file);
  return api.post<ImportResult>(withQuery('/api/units/import', { mode }), form);
}

export const importTemplateUrl = '/api/units/import/template.xlsx';
