import { queryOptions } from '@tanstack/react-query';
import { api, request, withQuery } from './client.ts';

export type RegistrationStatus = 'not_registered' | 'draft' | 'submitted' | 'late';

export interface Period {
  id: string;
  movementId: string;
  movementCode: string;
  year: number;
  opensOn: string;
  deadline: string;
}

export interface Commitments {
  values: Record<string, number>;
  collectiveTitles: string[];
  individualTitles: { code: string; count: number }[];
  note: string;
}

export interface Registration {
  periodId: string;
  unitId: string;
  unitName: string;
  unitKind: string;
  status: 'draft' | 'submitted' | null;
  criteriaSetId: string | null;
  criteriaVersion: number | null;
  commitments: Commitments | null;
  submittedAt: string | null;
  version: number | null;
  abilities: { read: boolean; save: boolean; submit: boolean };
  /** The published versions this unit may register against, its category's first (ADR 0016). */
  choices: JudgingChoice[];
}

export interface JudgingChoice {
  criteriaSetId: string;
  criteriaVersion: number;
  code: string;
  kind: 'category' | 'sector';
  name: { vi: string; en: string };
}

export interface Overview {
  period: Period;
  counts: Record<RegistrationStatus, number>;
  rows: {
    unitId: string;
    code: string;
    name: string;
    kind: string;
    status: RegistrationStatus;
    submittedAt: string | null;
  }[];
}

export const periodsQuery = queryOptions({
  queryKey: ['registration-periods'],
  queryFn: ({ signal }) =>
    api.get<{ periods: Period[]; abilities: { create: boolean; overview: boolean } }>(
      '/api/registration-periods',
      signal,
    ),
});

export const registrationsQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['registrations', periodId],
    queryFn: ({ signal }) =>
      api.get<{ period: Period; registrations: Registration[]; mine: Registration[] }>(
        withQuery('/api/registrations', { periodId }),
        signal,
      ),
  });

export const overviewQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['registration-periods', periodId, 'overview'],
    queryFn: ({ signal }) =>
      api.get<Overview>(`/api/registration-periods/${periodId}/overview`, signal),
  });

export const overviewXlsxUrl = (periodId: string) =>
  `/api/registration-periods/${periodId}/overview.xlsx`;

export const registrationCommands = {
  openPeriod: (body: { movementCode: string; year: number; opensOn: string; deadline: string }) =>
    api.post<Period>('/api/registration-periods', body),
  save: (
    periodId: string,
    unitId: string,
    body: {
      criteriaSetId: string;
      criteriaVersion: number;
      commitments: Commitments;
      version?: number;
    },
  ) => api.put<Registration>(`/api/registrations/${periodId}/units/${unitId}`, body),
  submit: (periodId: string, unitId: string, version: number, idempotencyKey: string) =>
    request<Registration>('POST', `/api/registrations/${periodId}/units/${unitId}/submit`, {
      body: { version },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
};

export interface Pledge {
  blockId: string;
  blockName: string;
  year: number;
  text: string | null;
  version: number | null;
  members: { unitId: string; name: string; role: string; signedAt: string | null }[];
  complete: boolean;
  signableUnitIds: string[];
  abilities: { read: boolean; draft: boolean; sign: boolean };
}

export const blocksQuery = (year: number) =>
  queryOptions({
    queryKey: ['blocks', year],
    queryFn: ({ signal }) =>
      api.get<{ blocks: { id: string; code: string; name: string }[] }>(
        withQuery('/api/blocks', { year: String(year) }),
        signal,
      ),
  });

export const pledgeQuery = (blockId: string, year: number) =>
  queryOptions({
    queryKey: ['pledges', blockId, year],
    queryFn: ({ signal }) => api.get<Pledge>(`/api/blocks/${blockId}/pledges/${year}`, signal),
  });

export const pledgeCommands = {
  draft: (blockId: string, year: number, body: { text: string; version?: number }) =>
    api.post<Pledge>(`/api/blocks/${blockId}/pledges/${year}`, body),
  sign: (blockId: string, year: number, unitId: string) =>
    api.post<Pledge>(`/api/blocks/${blockId}/pledges/${year}/sign`, { unitId }),
};
