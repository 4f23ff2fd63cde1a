import { queryOptions } from '@tanstack/react-query';
import type { ImportMode } from '../../shared/contracts/common.ts';
import type {
  BoardResponse,
  ConsolidatedFormat,
  IndicatorImportResponse,
  PeriodDetailResponse,
  PeriodInput,
  PeriodListResponse,
  PeriodPatchInput,
  RollupResponse,
} from '../../shared/contracts/report-periods.ts';
import type {
  AcceptInput,
  EvidenceResponse,
  NarrativeSection,
  ReopenInput,
  ReportListResponse,
  ReadyResponse,
  ReportResponse,
  ReturnInput,
  SaveInput,
} from '../../shared/contracts/reports.ts';
import type { RemindInput, RemindResponse } from '../../shared/contracts/notifications.ts';
import { api, request, withQuery } from './client.ts';
import { uploadWithProgress } from './upload.ts';

/** Every narrative section, keyed by the contract's: one added there is a type error here. */
const sections: Record<NarrativeSection, true> = {
  results: true,
  shortcomings: true,
  proposals: true,
};
/** The narrative sections in the order the form shows them (spelled out: no zod in the bundle). */
export const narrativeSections = Object.keys(sections) as NarrativeSection[];

export const reportPeriodsQuery = queryOptions({
  queryKey: ['report-periods'],
  queryFn: ({ signal }) => api.get<PeriodListResponse>('/api/report-periods', signal),
});

export const reportPeriodQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['report-periods', periodId],
    queryFn: ({ signal }) =>
      api.get<PeriodDetailResponse>(`/api/report-periods/${periodId}`, signal),
  });

export const reportListQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['reports', periodId, 'list'],
    queryFn: ({ signal }) =>
      api.get<ReportListResponse>(`/api/report-periods/${periodId}/reports`, signal),
  });

const reportPath = (periodId: string, unitId: string) =>
  `/api/report-periods/${periodId}/reports/${unitId}`;

export const reportQuery = (periodId: string, unitId: string) =>
  queryOptions({
    queryKey: ['reports', periodId, unitId],
    queryFn: ({ signal }) => api.get<ReportResponse>(reportPath(periodId, unitId), signal),
    // A draft being typed into must not be replaced by a background refetch.
    staleTime: Infinity,
  });

export const boardQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['report-periods', periodId, 'board'],
    queryFn: ({ signal }) =>
      api.get<BoardResponse>(`/api/report-periods/${periodId}/board`, signal),
  });

export const rollupQuery = (periodId: string, unitId?: string) =>
  queryOptions({
    queryKey: ['report-periods', periodId, 'rollup', unitId ?? ''],
    queryFn: ({ signal }) =>
      api.get<RollupResponse>(
        withQuery(`/api/report-periods/${periodId}/rollup`, { unitId }),
        signal,
      ),
  });

export const reportUrls = {
  evidence: (id: string) => `/api/evidence/${id}`,
  indicators: (periodId: string, unitIds: string[] = []) =>
    withQuery(`/api/report-periods/${periodId}/indicators.xlsx`, {
      unitIds: unitIds.join(',') || undefined,
    }),
  consolidated: (periodId: string, ext: ConsolidatedFormat, inline = false) =>
    withQuery(`/api/report-periods/${periodId}/consolidated.${ext}`, {
      inline: inline ? '1' : undefined,
    }),
};

export const reportCommands = {
  openPeriod: (body: PeriodInput) => api.post<PeriodDetailResponse>('/api/report-periods', body),
  updatePeriod: (periodId: string, body: PeriodPatchInput) =>
    api.patch<PeriodDetailResponse>(`/api/report-periods/${periodId}`, body),
  save: (periodId: string, unitId: string, body: SaveInput) =>
    api.put<ReportResponse>(reportPath(periodId, unitId), body),
  submit: (periodId: string, unitId: string, version: number, idempotencyKey: string) =>
    request<ReportResponse>('POST', `${reportPath(periodId, unitId)}/submit`, {
      body: { version },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  /** An officer tells the unit's head the report is ready (issue 16). */
  ready: (periodId: string, unitId: string) =>
    api.post<ReadyResponse>(`${reportPath(periodId, unitId)}/ready`, {}),
  return: (periodId: string, unitId: string, body: ReturnInput) =>
    api.post<ReportResponse>(`${reportPath(periodId, unitId)}/return`, body),
  accept: (periodId: string, unitId: string, body: AcceptInput) =>
    api.post<ReportResponse>(`${reportPath(periodId, unitId)}/accept`, body),
  reopen: (periodId: string, unitId: string, body: ReopenInput) =>
    api.post<ReportResponse>(`${reportPath(periodId, unitId)}/reopen`, body),
  uploadEvidence: (
    periodId: string,
    unitId: string,
    file: File,
    criterionCode: string | null,
    onProgress: (fraction: number) => void,
  ) => {
    const form = new FormData();
    if (criterionCode) form.append('criterionCode', criterionCode);
    form.append('file', file);
    return uploadWithProgress<EvidenceResponse>(
      `${reportPath(periodId, unitId)}/evidence`,
      form,
      onProgress,
    );
  },
  deleteEvidence: (id: string) => api.delete(`/api/evidence/${id}`),
  /** "One click to remind" on the completion board; every unit still owing when `unitIds` is omitted. */
  remind: (periodId: string, unitIds?: string[]) =>
    api.post<RemindResponse>(
      `/api/report-periods/${periodId}/remind`,
      (unitIds ? { unitIds } : {}) satisfies RemindInput,
    ),
  importIndicators: (
    periodId: string,
    file: File,
    mode: ImportMode,
    onProgress: (fraction: number) => void,
  ) => {
    const form = new FormData();
    form.append('file', file);
    return uploadWithProgress<IndicatorImportResponse>(
      withQuery(`/api/report-periods/${periodId}/indicators/import`, { mode }),
      form,
      onProgress,
    );
  },
};
