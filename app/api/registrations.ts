import { queryOptions } from '@tanstack/react-query';
import type { BlocksResponse } from '../../shared/contracts/blocks.ts';
import type { PledgeInput, PledgeResponse, SignInput } from '../../shared/contracts/pledges.ts';
import type {
  DraftInput,
  OverviewResponse,
  PeriodInput,
  PeriodListResponse,
  PeriodResponse,
  RegistrationListResponse,
  RegistrationResponse,
  SubmitInput,
} from '../../shared/contracts/registrations.ts';
import { api, request, withQuery } from './client.ts';

export const periodsQuery = queryOptions({
  queryKey: ['registration-periods'],
  queryFn: ({ signal }) => api.get<PeriodListResponse>('/api/registration-periods', signal),
});

export const registrationsQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['registrations', periodId],
    queryFn: ({ signal }) =>
      api.get<RegistrationListResponse>(withQuery('/api/registrations', { periodId }), signal),
  });

export const overviewQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['registration-periods', periodId, 'overview'],
    queryFn: ({ signal }) =>
      api.get<OverviewResponse>(`/api/registration-periods/${periodId}/overview`, signal),
  });

export const overviewXlsxUrl = (periodId: string) =>
  `/api/registration-periods/${periodId}/overview.xlsx`;

export const registrationCommands = {
  openPeriod: (body: PeriodInput) => api.post<PeriodResponse>('/api/registration-periods', body),
  save: (periodId: string, unitId: string, body: DraftInput) =>
    api.put<RegistrationResponse>(`/api/registrations/${periodId}/units/${unitId}`, body),
  submit: (periodId: string, unitId: string, version: number, idempotencyKey: string) => {
    const body: SubmitInput = { version };
    return request<RegistrationResponse>(
      'POST',
      `/api/registrations/${periodId}/units/${unitId}/submit`,
      { body, headers: { 'Idempotency-Key': idempotencyKey } },
    );
  },
};

export const blocksQuery = (year: number) =>
  queryOptions({
    queryKey: ['blocks', year],
    queryFn: ({ signal }) =>
      api.get<BlocksResponse>(withQuery('/api/blocks', { year: String(year) }), signal),
  });

export const pledgeQuery = (blockId: string, year: number) =>
  queryOptions({
    queryKey: ['pledges', blockId, year],
    queryFn: ({ signal }) =>
      api.get<PledgeResponse>(`/api/blocks/${blockId}/pledges/${year}`, signal),
  });

export const pledgeCommands = {
  draft: (blockId: string, year: number, body: PledgeInput) =>
    api.post<PledgeResponse>(`/api/blocks/${blockId}/pledges/${year}`, body),
  sign: (blockId: string, year: number, unitId: string) => {
    const body: SignInput = { unitId };
    return api.post<PledgeResponse>(`/api/blocks/${blockId}/pledges/${year}/sign`, body);
  },
};
