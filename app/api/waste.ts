import { queryOptions } from '@tanstack/react-query';
import type {
  PublicOutcomes,
  PublicWasteReport,
  WasteDetail,
  WasteFollowView,
  WasteMoveInput,
  WastePlace,
  WasteReceipt,
  WasteReportInput,
  WasteReporter,
  WasteSummary,
} from '../../shared/contracts/waste.ts';
import { api, withQuery } from './client.ts';

export const wastePlacesQuery = queryOptions({
  queryKey: ['public', 'waste', 'places'],
  queryFn: ({ signal }) =>
    api.get<{ asOf: string; places: WastePlace[] }>('/api/public/waste-reports/places', signal),
  staleTime: 10 * 60_000,
});

export const wasteChallenge = () =>
  api.get<{ challenge: string; bits: number }>('/api/public/waste-reports/challenge');

export const fileWaste = (body: WasteReportInput) =>
  api.post<WasteReceipt>('/api/public/waste-reports', body);

export function uploadWastePhoto(token: string, file: File, keepMetadata: boolean) {
  const form = new FormData();
  form.set('keepMetadata', keepMetadata ? 'true' : 'false');
  form.set('file', file);
  return api.post<void>(`/api/public/waste-reports/follow/${token}/photos`, form);
}

export const wasteFollowQuery = (token: string) =>
  queryOptions({
    queryKey: ['public', 'waste', 'follow', token],
    queryFn: ({ signal }) =>
      api.get<WasteFollowView>(`/api/public/waste-reports/follow/${token}`, signal),
  });

export const wasteByCodeQuery = (code: string) =>
  queryOptions({
    queryKey: ['public', 'waste', 'code', code],
    queryFn: ({ signal }) =>
      api.get<PublicWasteReport>(`/api/public/waste-reports/${encodeURIComponent(code)}`, signal),
    enabled: code.length > 0,
    retry: false,
  });

export const wasteOutcomesQuery = (filter: { communeUnitId?: string; category?: string }) =>
  queryOptions({
    queryKey: ['public', 'waste', 'outcomes', filter],
    queryFn: ({ signal }) =>
      api.get<PublicOutcomes>(withQuery('/api/public/waste-reports', filter), signal),
  });

export const addWasteUpdate = (token: string, body: string) =>
  api.post<void>(`/api/public/waste-reports/follow/${token}/updates`, { body });
export const reopenWaste = (token: string, reason: string) =>
  api.post<void>(`/api/public/waste-reports/follow/${token}/reopen`, { reason });

export const wasteQueueQuery = (filter: { status?: string; overdue?: string }) =>
  queryOptions({
    queryKey: ['waste', 'queue', filter],
    queryFn: ({ signal }) =>
      api.get<{ reports: WasteSummary[] }>(withQuery('/api/waste-reports', filter), signal),
  });

export const wasteDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['waste', 'detail', id],
    queryFn: ({ signal }) => api.get<WasteDetail>(`/api/waste-reports/${id}`, signal),
  });

export const readWasteReporter = (id: string) =>
  api.get<WasteReporter>(`/api/waste-reports/${id}/reporter`);
export const moveWaste = (id: string, body: WasteMoveInput) =>
  api.post<WasteDetail>(`/api/waste-reports/${id}/moves`, body);
export const commentWaste = (id: string, body: string) =>
  api.post<WasteDetail>(`/api/waste-reports/${id}/comments`, { body });
