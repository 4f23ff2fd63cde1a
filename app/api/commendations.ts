import { queryOptions } from '@tanstack/react-query';
import { api, withQuery } from './client.ts';
import { queryClient } from './query.ts';

export interface Localised {
  vi: string;
  en: string;
}

export interface CatalogueAward {
  code: string;
  category: 'title' | 'form';
  name: Localised;
  conferredBy: Localised;
  subjects: string[];
  kinds: string[];
  citation: Citation;
  multipliers: { subject: string; value: number; effectiveFrom: string; effectiveTo?: string }[];
  dossier: { document: string }[];
}

export interface Citation {
  instrument: string;
  article: string;
  clause?: string;
  point?: string;
  verified?: boolean;
  note?: string;
}

export interface HistoryAbilities {
  read: boolean;
  record: boolean;
  checkEligibility: boolean;
}

export interface Person {
  id: string;
  fullName: string;
  category: string;
  gender: string | null;
  unitId: string;
  version: number;
  abilities: HistoryAbilities;
}

export interface HistoryRecord {
  id: string;
  type: string;
  year: number | null;
  data: Record<string, string | number | undefined>;
  version: number;
}

export interface Initiative {
  id: string;
  title: string;
  authorIds: string[];
  unitId: string;
  description: string;
  effect: string;
  status: 'submitted' | 'under_review' | 'recognised' | 'rejected';
  level: string | null;
  recognisedOn: string | null;
  decisionNumber: string | null;
  scope: string | null;
  version: number;
  abilities: { review: boolean; reject: boolean; recognise: boolean };
}

export interface History {
  subject: {
    kind: 'individual' | 'collective';
    id: string;
    name: string;
    category: string | null;
    unitId: string;
    unitName: string;
  };
  records: HistoryRecord[];
  initiatives: Initiative[];
  abilities: HistoryAbilities;
}

export interface ConditionResult {
  path: string;
  leaf: { kind: string };
  description: Localised;
  citation?: Citation;
  met: boolean;
  evidence: Record<string, unknown>[];
}

export interface Eligibility {
  verdict: 'eligible' | 'not_eligible' | 'held';
  awardCode: string;
  onDate: string;
  assessmentYear: number;
  rule: { code: string; citation: Citation; effectiveFrom: string; effectiveTo?: string } | null;
  reason?: string;
  conditions: ConditionResult[];
  holds: { caseId: string; kind: string; openedOn: string; ref?: string; citation: Citation }[];
  principles: Record<string, unknown>;
}

export const catalogueQuery = queryOptions({
  queryKey: ['commendations', 'catalogue'],
  queryFn: ({ signal }) =>
    api.get<{ awards: CatalogueAward[] }>('/api/commendations/catalogue', signal),
  staleTime: Infinity,
});

export interface RuleView {
  id: string;
  code: string;
  awardCode: string;
  subject: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  citation: Citation;
  title?: Localised | null;
  condition?: Record<string, unknown>;
  version: number;
  abilities?: { update: boolean };
}

export const rulesQuery = queryOptions({
  queryKey: ['commendations', 'rules'],
  queryFn: ({ signal }) =>
    api.get<{ rules: RuleView[]; abilities?: { create: boolean } }>(
      '/api/commendations/rules',
      signal,
    ),
});

/** A rule as the editor submits it (checked in full by the server's validateRuleSet). */
export interface RuleInput {
  code: string;
  awardCode: string;
  subject: string;
  effectiveFrom: string;
  effectiveTo?: string;
  citation: Citation;
  title?: Localised;
  condition: unknown;
}

export const ruleCommands = {
  create: (rule: RuleInput) => api.post<RuleView>('/api/commendations/rules', rule),
  update: (id: string, version: number, rule: RuleInput) =>
    api.put<RuleView>(`/api/commendations/rules/${encodeURIComponent(id)}`, { version, rule }),
};

export const invalidateRules = () =>
  queryClient.invalidateQueries({ queryKey: ['commendations', 'rules'] });

export const peopleQuery = queryOptions({
  queryKey: ['people'],
  queryFn: ({ signal }) => api.get<{ people: Person[] }>('/api/people', signal),
});

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ['people', id],
    queryFn: ({ signal }) => api.get<History>(`/api/people/${encodeURIComponent(id)}`, signal),
  });

export const initiativesQuery = queryOptions({
  queryKey: ['initiatives'],
  queryFn: ({ signal }) => api.get<{ initiatives: Initiative[] }>('/api/initiatives', signal),
});

export function checkEligibility(q: {
  subjectKind: 'individual' | 'collective' | 'household';
  subjectId: string;
  award: string;
  date: string;
}) {
  return api.get<Eligibility>(withQuery('/api/commendations/eligibility', q));
}

const subjectPath = (id: string, rest: string) =>
  `/api/subjects/individual/${encodeURIComponent(id)}/${rest}`;

export const commendationCommands = {
  createPerson: (body: { fullName: string; category: string; unitId: string }) =>
    api.post<Person>('/api/people', body),
  addRating: (id: string, body: { year: number; rating: string }) =>
    api.post<HistoryRecord>(subjectPath(id, 'ratings'), body),
  addAward: (
    id: string,
    body: {
      awardCode: string;
      year: number;
      kind: string;
      decisionNo: string;
      decisionDate: string;
    },
  ) => api.post<HistoryRecord>(subjectPath(id, 'awards'), body),
  submitInitiative: (body: {
    title: string;
    authorIds: string[];
    unitId: string;
    description: string;
    effect: string;
  }) => api.post<Initiative>('/api/initiatives', body),
  review: (id: string, version: number) =>
    api.post<Initiative>(`/api/initiatives/${encodeURIComponent(id)}/review`, { version }),
  reject: (id: string, version: number) =>
    api.post<Initiative>(`/api/initiatives/${encodeURIComponent(id)}/reject`, { version }),
  recognise: (
    id: string,
    body: { version: number; level: string; date: string; decisionNumber: string; scope: string },
  ) => api.post<Initiative>(`/api/initiatives/${encodeURIComponent(id)}/recognise`, body),
};

export function invalidateCommendations() {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['people'] }),
    queryClient.invalidateQueries({ queryKey: ['initiatives'] }),
  ]);
}
