import { queryOptions } from '@tanstack/react-query';
import { api, request, withQuery } from './client.ts';
import { uploadWithProgress } from './upload.ts';

type Text = { vi: string; en: string };

export type StoredReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted';
export type ReportStatus = StoredReportStatus | 'not_started';
export type BoardStatus = ReportStatus | 'late';

export interface ReportPeriod {
  id: string;
  movementCode: string;
  year: number;
  kind: 'year' | 'half';
  half: number;
  label: Text;
  referenceDate: string;
  opensOn: string;
  deadline: string;
  closesOn: string;
  locked: boolean;
  version: number;
  abilities?: { update: boolean; board: boolean; remind: boolean; documents: boolean };
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  kind: string;
}

export interface FormField {
  key: string;
  code: string;
  kind: 'quantitative' | 'qualitative' | 'bonus' | 'penalty';
  name: Text;
  maxPoints: number;
  measure?: string;
  direction?: 'higher' | 'lower';
  target?: number | null;
  committed?: number | null;
  scale?: 'yes_no' | 'levels';
  levels?: string[];
  evidenceRequired?: boolean;
  pointsPerEvent?: number;
  cap?: number;
}

export interface FormSection {
  group: Text;
  fields: FormField[];
}

export interface Answer {
  value?: number | null;
  met?: boolean | null;
  level?: string | null;
  events?: number;
  note?: string;
}

export type Answers = Record<string, Answer>;

export interface Narrative {
  results: string;
  shortcomings: string;
  proposals: string;
}

export const narrativeSections = ['results', 'shortcomings', 'proposals'] as const;

export interface EvidenceFile {
  id: string;
  criterionCode: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
}

export interface Review {
  action: 'return' | 'accept' | 'reopen';
  reasons: Record<string, string> | null;
  note: string | null;
  at: string;
  byName: string | null;
}

export interface Report {
  id: string | null;
  periodId: string;
  unit: UnitRef;
  status: ReportStatus;
  /** The status as the board shows it: `late` once the deadline passed without a submission. */
  boardStatus: BoardStatus;
  locked: boolean;
  version: number | null;
  criteriaSet: { id: string; code: string; name: Text; version: number };
  form: FormSection[];
  answers: Answers;
  narrative: Narrative;
  returnReasons: Record<string, string> | null;
  evidence: EvidenceFile[];
  reviews: Review[];
  submissions: number;
  submittedAt: string | null;
  submittedLate: boolean;
  acceptedAt: string | null;
  /** The configured size limit of one evidence file. */
  evidenceMaxMb?: number;
  abilities: {
    save: boolean;
    submit: boolean;
    return: boolean;
    accept: boolean;
    reopen: boolean;
    upload: boolean;
  };
}

export interface ReportSummary {
  id: string | null;
  periodId: string;
  unit: UnitRef;
  status: ReportStatus;
  boardStatus: BoardStatus;
  submittedAt: string | null;
  submittedLate: boolean;
}

export interface BoardRow {
  unit: UnitRef;
  status: BoardStatus;
  submittedAt: string | null;
  submittedLate: boolean;
  lastReminderAt: string | null;
}

export interface Board {
  period: ReportPeriod;
  counts: Partial<Record<BoardStatus, number>>;
  units: BoardRow[];
}

export interface RollupIndicator {
  code: string;
  name: Text;
  measure: string | null;
  aggregation: string;
  value: number | null;
  reportingUnits: number;
  expectedUnits: number;
}

export interface Rollup {
  referenceDate: string;
  unit: UnitRef;
  statusCounts: Partial<Record<BoardStatus, number>>;
  children: {
    unit: UnitRef;
    status: BoardStatus | null;
    statusCounts: Partial<Record<BoardStatus, number>>;
  }[];
  indicators: RollupIndicator[];
}

export interface ImportResult {
  rows: number;
  errors: { row: number; field: string; message: string }[];
  imported: number;
}

export const reportPeriodsQuery = queryOptions({
  queryKey: ['report-periods'],
  queryFn: ({ signal }) =>
    api.get<{ periods: ReportPeriod[]; abilities: { create: boolean } }>(
      '/api/report-periods',
      signal,
    ),
});

export const reportPeriodQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['report-periods', periodId],
    queryFn: ({ signal }) => api.get<ReportPeriod>(`/api/report-periods/${periodId}`, signal),
  });

export const reportListQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['reports', periodId, 'list'],
    queryFn: ({ signal }) =>
      api.get<{ mine: ReportSummary[]; reviewable: ReportSummary[] }>(
        `/api/report-periods/${periodId}/reports`,
        signal,
      ),
  });

const reportPath = (periodId: string, unitId: string) =>
  `/api/report-periods/${periodId}/reports/${unitId}`;

export const reportQuery = (periodId: string, unitId: string) =>
  queryOptions({
    queryKey: ['reports', periodId, unitId],
    queryFn: ({ signal }) => api.get<Report>(reportPath(periodId, unitId), signal),
    // A draft being typed into must not be replaced by a background refetch.
    staleTime: Infinity,
  });

export const boardQuery = (periodId: string) =>
  queryOptions({
    queryKey: ['report-periods', periodId, 'board'],
    queryFn: ({ signal }) => api.get<Board>(`/api/report-periods/${periodId}/board`, signal),
  });

export const rollupQuery = (periodId: string, unitId?: string) =>
  queryOptions({
    queryKey: ['report-periods', periodId, 'rollup', unitId ?? ''],
    queryFn: ({ signal }) =>
      api.get<Rollup>(withQuery(`/api/report-periods/${periodId}/rollup`, { unitId }), signal),
  });

export interface PeriodInput {
  movementCode: string;
  year: number;
  kind: 'year' | 'half';
  half?: number;
  opensOn: string;
  deadline: string;
  closesOn: string;
}

export const reportUrls = {
  evidence: (id: string) => `/api/evidence/${id}`,
  indicators: (periodId: string, unitIds: string[] = []) =>
    withQuery(`/api/report-periods/${periodId}/indicators.xlsx`, {
      unitIds: unitIds.join(',') || undefined,
    }),
  consolidated: (periodId: string, ext: 'docx' | 'pdf' | 'xlsx', inline = false) =>
    withQuery(`/api/report-periods/${periodId}/consolidated.${ext}`, {
      inline: inline ? '1' : undefined,
    }),
};

export const reportCommands = {
  openPeriod: (body: PeriodInput) => api.post<ReportPeriod>('/api/report-periods', body),
  updatePeriod: (
    periodId: string,
    body: { opensOn?: string; deadline?: string; closesOn?: string; version: number },
  ) => api.patch<ReportPeriod>(`/api/report-periods/${periodId}`, body),
  save: (
    periodId: string,
    unitId: string,
    body: { answers: Answers; narrative: Narrative; version?: number },
  ) => api.put<Report>(reportPath(periodId, unitId), body),
  submit: (periodId: string, unitId: string, version: number, idempotencyKey: string) =>
    request<Report>('POST', `${reportPath(periodId, unitId)}/submit`, {
      body: { version },
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  return: (
    periodId: string,
    unitId: string,
    body: { version: number; reasons: Record<string, string>; note?: string },
  ) => api.post<Report>(`${reportPath(periodId, unitId)}/return`, body),
  accept: (periodId: string, unitId: string, body: { version: number; note?: string }) =>
    api.post<Report>(`${reportPath(periodId, unitId)}/accept`, body),
  reopen: (periodId: string, unitId: string, body: { version: number; reason: string }) =>
    api.post<Report>(`${reportPath(periodId, unitId)}/reopen`, body),
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
    return uploadWithProgress<EvidenceFile>(
      `${reportPath(periodId, unitId)}/evidence`,
      form,
      onProgress,
    );
  },
  deleteEvidence: (id: string) => api.delete(`/api/evidence/${id}`),
  /** "One click to remind" on the completion board; every unit still owing when `unitIds` is omitted. */
  remind: (periodId: string, unitIds?: string[]) =>
    api.post<{ notified: number }>(
      `/api/report-periods/${periodId}/remind`,
      unitIds ? { unitIds } : {},
    ),
  importIndicators: (
    periodId: string,
    file: File,
    mode: 'validate' | 'import' | 'import_valid',
    onProgress: (fraction: number) => void,
  ) => {
    const form = new FormData();
    form.append('file', file);
    return uploadWithProgress<ImportResult>(
      withQuery(`/api/report-periods/${periodId}/indicators/import`, { mode }),
      form,
      onProgress,
    );
  },
};
