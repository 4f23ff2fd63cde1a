import { queryOptions } from '@tanstack/react-query';
import { api, request } from './client.ts';
import { queryClient } from './query.ts';

export type CriteriaStatus = 'draft' | 'published' | 'superseded';
export type CriterionKind = 'quantitative' | 'qualitative' | 'bonus' | 'penalty';
export interface Localized {
  vi: string;
  en: string;
}

interface CriterionBase {
  code: string;
  name: Localized;
  maxPoints: number;
  unitKinds: string[];
  source: { kind: 'plan_clause' | 'department_decision'; reference: string };
}
export type Criterion = CriterionBase &
  (
    | {
        kind: 'quantitative';
        indicator: string;
        measure: string;
        direction: 'higher' | 'lower';
        targets: { year: number; value: number }[];
        aggregation: 'sum' | 'average' | 'weighted_average' | 'none';
      }
    | {
        kind: 'qualitative';
        scale: 'yes_no' | 'levels';
        levels: string[];
        evidenceRequired: boolean;
      }
    | { kind: 'bonus' | 'penalty'; pointsPerEvent: number; cap: number }
  );
export interface CriteriaGroup {
  name: Localized;
  criteria: Criterion[];
}
export interface CriteriaContent {
  groups: CriteriaGroup[];
}

export interface VersionSummary {
  number: number;
  status: CriteriaStatus;
  basedOn: number | null;
  updatedAt: string;
  publishedAt: string | null;
}
export interface CriteriaSetSummary {
  id: string;
  code: string;
  kind: 'category' | 'sector';
  name: Localized;
  movementCode: string;
  startYear: number;
  endYear: number;
  categoryCode: string | null;
  sectorCode: string | null;
  leadUnit: { id: string; name: string } | null;
}
export interface CriteriaSetItem extends CriteriaSetSummary {
  latest: VersionSummary;
  publishedNumber: number | null;
  criteriaCount: number;
  abilities: { edit: boolean; publish: boolean };
}
export interface CriteriaVersion {
  set: CriteriaSetSummary;
  number: number;
  status: CriteriaStatus;
  basedOn: number | null;
  revision: number;
  updatedAt: string;
  publishedAt: string | null;
  publishedBy: string | null;
  content: CriteriaContent;
  versions: VersionSummary[];
  abilities: { edit: boolean; save: boolean; publish: boolean; newVersion: boolean };
}
export interface Placed {
  group: number;
  groupName: string;
  position: number;
  criterion: Criterion;
}
export interface CriteriaDiff {
  set: CriteriaSetSummary;
  from: VersionSummary;
  to: VersionSummary;
  added: Placed[];
  removed: Placed[];
  changed: {
    code: string;
    before: Placed;
    after: Placed;
    fields: { field: string; before: unknown; after: unknown }[];
  }[];
}

export const criteriaSetsQuery = queryOptions({
  queryKey: ['criteria-sets'],
  queryFn: ({ signal }) =>
    api.get<{ sets: CriteriaSetItem[] }>('/api/criteria-sets', signal).then((r) => r.sets),
});

const setPath = (id: string, rest = '') => `/api/criteria-sets/${encodeURIComponent(id)}${rest}`;

export const criteriaVersionQuery = (id: string, n: number) =>
  queryOptions({
    queryKey: ['criteria-sets', id, 'versions', n],
    queryFn: ({ signal }) => api.get<CriteriaVersion>(setPath(id, `/versions/${n}`), signal),
  });

export const criteriaDiffQuery = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['criteria-sets', id, 'diff', from, to],
    queryFn: ({ signal }) =>
      api.get<CriteriaDiff>(setPath(id, `/diff?from=${from}&to=${to}`), signal),
  });

export const criteriaCommands = {
  save: (id: string, n: number, body: { revision: number; content: CriteriaContent }) =>
    request<CriteriaVersion>('PUT', setPath(id, `/versions/${n}`), { body }),
  publish: (id: string, n: number) =>
    api.post<CriteriaVersion>(setPath(id, `/versions/${n}/publish`)),
  newVersion: (id: string, from: number) =>
    api.post<CriteriaVersion>(setPath(id, '/versions'), { from }),
};

export function invalidateCriteria() {
  return queryClient.invalidateQueries({ queryKey: ['criteria-sets'] });
}
