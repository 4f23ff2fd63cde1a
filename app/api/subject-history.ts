import { queryOptions } from '@tanstack/react-query';
import type { SubjectKind } from '../../shared/commendations/catalogue.ts';
import type { ImportMode, ImportReport } from '../../shared/contracts/common.ts';
import type { CandidatesResponse } from '../../shared/contracts/eligibility.ts';
import type {
  AwardBody,
  CaseBody,
  ContributionBody,
  CreateHouseholdBody,
  DisciplineBody,
  HistoryRecord,
  Household,
  HouseholdsResponse,
  RatingBody,
  SubjectHistory,
} from '../../shared/contracts/people.ts';
import { api, withQuery } from './client.ts';
import { queryClient } from './query.ts';

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
  addRating: (body: RatingBody) => api.post<HistoryRecord>(subjectPath(kind, id, 'ratings'), body),
  addAward: (body: AwardBody) => api.post<HistoryRecord>(subjectPath(kind, id, 'awards'), body),
  addDiscipline: (body: DisciplineBody) =>
    api.post<HistoryRecord>(subjectPath(kind, id, 'disciplines'), body),
  openCase: (body: CaseBody) => api.post<HistoryRecord>(subjectPath(kind, id, 'cases'), body),
  closeCase: (caseId: string, closedOn: string) =>
    api.post<HistoryRecord>(subjectPath(kind, id, `cases/${encodeURIComponent(caseId)}/close`), {
      closedOn,
    }),
  addContribution: (body: ContributionBody) =>
    api.post<HistoryRecord>(subjectPath(kind, id, 'contributions'), body),
});

export const householdsQuery = queryOptions({
  queryKey: ['households'],
  queryFn: ({ signal }) => api.get<HouseholdsResponse>('/api/households', signal),
});

export const createHousehold = (body: CreateHouseholdBody) =>
  api.post<Household>('/api/households', body);

/** The "who may qualify" list the page asks for. */
export interface CandidatesParams {
  unitId: string;
  year: number;
  award: string;
  date?: string;
  subjectKind: SubjectKind;
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
      api.get<CandidatesResponse>(
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
