import { queryOptions } from '@tanstack/react-query';
import type {
  CatalogueResponse,
  RuleBody,
  RuleListResponse,
  RuleResponse,
} from '../../shared/contracts/commendations.ts';
import type { Eligibility } from '../../shared/contracts/eligibility.ts';
import type {
  Initiative,
  InitiativeListResponse,
  RecogniseInitiativeBody,
  SubmitInitiativeBody,
} from '../../shared/contracts/initiatives.ts';
import type {
  CreatePersonBody,
  PeopleResponse,
  Person,
  SubjectHistory,
} from '../../shared/contracts/people.ts';
import type { SubjectKind } from '../../shared/commendations/catalogue.ts';
import { api, withQuery } from './client.ts';
import { queryClient } from './query.ts';

export const catalogueQuery = queryOptions({
  queryKey: ['commendations', 'catalogue'],
  queryFn: ({ signal }) => api.get<CatalogueResponse>('/api/commendations/catalogue', signal),
  staleTime: Infinity,
});

export const rulesQuery = queryOptions({
  queryKey: ['commendations', 'rules'],
  queryFn: ({ signal }) => api.get<RuleListResponse>('/api/commendations/rules', signal),
});

export const ruleCommands = {
  create: (rule: RuleBody) => api.post<RuleResponse>('/api/commendations/rules', rule),
  update: (id: string, version: number, rule: RuleBody) =>
    api.put<RuleResponse>(`/api/commendations/rules/${encodeURIComponent(id)}`, { version, rule }),
};

export const invalidateRules = () =>
  queryClient.invalidateQueries({ queryKey: ['commendations', 'rules'] });

export const peopleQuery = queryOptions({
  queryKey: ['people'],
  queryFn: ({ signal }) => api.get<PeopleResponse>('/api/people', signal),
});

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ['people', id],
    queryFn: ({ signal }) =>
      api.get<SubjectHistory>(`/api/people/${encodeURIComponent(id)}`, signal),
  });

export const initiativesQuery = queryOptions({
  queryKey: ['initiatives'],
  queryFn: ({ signal }) => api.get<InitiativeListResponse>('/api/initiatives', signal),
});

/** The eligibility answer for one subject, award and day (the year in review by default). */
export function checkEligibility(q: {
  subjectKind: SubjectKind;
  subjectId: string;
  award: string;
  date: string;
}) {
  return api.get<Eligibility>(withQuery('/api/commendations/eligibility', q));
}

const initiativePath = (id: string, action: string) =>
  `/api/initiatives/${encodeURIComponent(id)}/${action}`;

export const commendationCommands = {
  createPerson: (body: CreatePersonBody) => api.post<Person>('/api/people', body),
  submitInitiative: (body: SubmitInitiativeBody) => api.post<Initiative>('/api/initiatives', body),
  review: (id: string, version: number) =>
    api.post<Initiative>(initiativePath(id, 'review'), { version }),
  reject: (id: string, version: number) =>
    api.post<Initiative>(initiativePath(id, 'reject'), { version }),
  recognise: (id: string, body: RecogniseInitiativeBody) =>
    api.post<Initiative>(initiativePath(id, 'recognise'), body),
};

export function invalidateCommendations() {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['people'] }),
    queryClient.invalidateQueries({ queryKey: ['initiatives'] }),
  ]);
}
