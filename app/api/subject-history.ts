import { queryOptions } from '@tanstack/react-query';
import { api, withQuery } from './client.ts';
import type { Eligibility, HistoryAbilities, HistoryRecord, Initiative } from './commendations.ts';
import { queryClient } from './query.ts';
import type { ImportMode, ImportReport } from '../../shared/contracts/common.ts';

/** Whose history: a person, a collective (a unit) or a household. */
export type SubjectKind = 'individual' | 'collective' | 'household';

/** A record as a subject's history shows it; `fromUnit` marks one of a unit merged into it. */
export interface SubjectRecord extends HistoryRecord {
  fromUnit?: { id: string; name: string } | null;
}

export interface SubjectHistory {
  subject: {
    kind: SubjectKind;
    id: string;
    name: string;
    category: string | null;
    unitId: string;
    unitName: string;
  };
  records: SubjectRecord[];
  initiatives: Initiative[];
  abilities: HistoryAbilities;
}

export interface Household {
  id: string;
  headName: string;
  address: string;
  unitId: string;
  version: number;
  abilities: HistoryAbilities;
}

const subjectPath = (kind: SubjectKind, id: string, rest: string) =>
  `/api/subjects/${kind}/${encodeURIComponent(id)}/${rest}`;

export const historyKey = (kind: SubjectKind, id: string) => ['history', kind, id] as const;

export const subjectHistoryQuery = (kind: SubjectKind, id: string) =>
  queryOptions({
    queryKey: historyKey(kind, id),
    queryFn: ({ signal }) => api.get<SubjectHistory>(subjectPath(kind, id, 'history'), signal),
  });

export const invalidateHistory = (kind: SubjectKind, id: string) =>
  queryClient.invalidateQueries({ queryKey: historyKey(kind, id) });

/** Typed writes to one subject's history (the server validates each by its own schema). */
export const recordCommands = (kind: SubjectKind, id: string) => ({
  addRating: (body: { year: number; rating: string }) =>
    api.post<SubjectRecord>(subjectPath(kind, id, 'ratings'), body),
  addAward: (body: {
    awardCode: string;
    year: number;
    kind: string;
    decisionNo: string;
    decisionDate: string;
  }) => api.post<SubjectRecord>(subjectPath(kind, id, 'awards'), body),
  addDiscipline: (body: { severity: string; decidedOn: string; endsOn: string; ref?: string }) =>
    api.post<SubjectRecord>(subjectPath(kind, id, 'disciplines'), body),
  openCase: (body: { kind: string; openedOn: string; ref?: string }) =>
    api.post<SubjectRecord>(subjectPath(kind, id, 'cases'), body),
  closeCase: (caseId: string, closedOn: string) =>
    api.post<SubjectRecord>(subjectPath(kind, id, `cases/${encodeURIComponent(caseId)}/close`), {
      closedOn,
    }),
  addContribution: (body: { kind: string; date: string; project?: string }) =>
    api.post<SubjectRecord>(subjectPath(kind, id, 'contributions'), body),
});

export const householdsQuery = queryOptions({
  queryKey: ['households'],
  queryFn: ({ signal }) => api.get<{ households: Household[] }>('/api/households', signal),
});

export const createHousehold = (body: { headName: string; address: string; unitId: string }) =>
  api.post<Household>('/api/households', body);

export interface CandidatesParams {
  unitId: string;
  year: number;
  award: string;
  date?: string;
  subjectKind: SubjectKind;
}

export interface Candidate {
  subjectId: string;
  subjectKind: SubjectKind;
  name: string;
  result: Eligibility;
}

const candidateQuery = (p: CandidatesParams) => ({
  unitId: p.unitId,
  year: String(p.year),
  award: p.award,
  date: p.date,
  subjectKind: p.subjectKind,
});

export const candidatesQuery = (p: CandidatesParams) =>
  queryOptions({
    queryKey: ['commendations', 'candidates', p],
    queryFn: ({ signal }) =>
      api.get<{ candidates: Candidate[] }>(
        withQuery('/api/commendations/candidates', candidateQuery(p)),
        signal,
      ),
  });

/** The same list as a workbook, in the UI's language. */
export const candidatesXlsxUrl = (p: CandidatesParams, lang: 'vi' | 'en') =>
  withQuery('/api/commendations/candidates.xlsx', { ...candidateQuery(p), lang });

export function importHistory(file: File, mode: ImportMode) {
  const form = new FormData();
  form.append('file', file);
  return api.post<ImportReport>(withQuery('/api/commendations/import', { mode }), form);
}

export const historyTemplateUrl = '/api/commendations/import/template';

/** After an import any person's or unit's history may have changed. */
export const invalidateAllHistory = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['history'] }),
    queryClient.invalidateQueries({ queryKey: ['people'] }),
  ]);
