import { queryOptions } from '@tanstack/react-query';
import { api, request } from './client.ts';

export type TargetStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export type TargetTrend = 'improving' | 'steady' | 'worsening';
export type Measure = 'percent' | 'count' | 'done' | 'percent_change';

interface Text {
  vi: string;
  en: string;
}

/** One target as GET /api/public/targets gives it. */
export interface PublicTarget {
  code: string;
  name: Text;
  measure: string;
  direction: string;
  baseline: { year: number | null; value: number | null };
  targetsByYear: { year: number; value: number; comparator: string }[];
  actualsByYear: { year: number; value: number; source: string }[];
  status: TargetStatus;
  trend: TargetTrend | null;
}

export interface TargetActual {
  year: number;
  value: number;
  source: string;
  evidence: string | null;
  enteredBy: string | null;
  enteredAt: string;
  version: number;
}

/** One target as GET /api/targets gives it to a signed-in user. */
export interface Target extends Omit<PublicTarget, 'actualsByYear' | 'targetsByYear'> {
  area: string;
  clause: string;
  source: string;
  movement: { code: string; startYear: number; endYear: number };
  targetsByYear: { year: number; value: number; comparator: string; note: Text | null }[];
  actualsByYear: TargetActual[];
  latest: { year: number; value: number } | null;
  abilities: { enterActual: boolean; assign: boolean };
}

export const targetsKey = ['targets'] as const;
export const publicTargetsKey = ['public', 'targets'] as const;

export const publicTargetsQuery = queryOptions({
  queryKey: publicTargetsKey,
  queryFn: ({ signal }) => api.get<PublicTarget[]>('/api/public/targets', signal),
  staleTime: 60_000,
});

export const targetsQuery = queryOptions({
  queryKey: targetsKey,
  queryFn: ({ signal }) => api.get<{ targets: Target[] }>('/api/targets', signal),
});

export interface ActualInput {
  value: number;
  source: string;
  evidence?: string;
  version?: number;
  /** The unit a cascaded target's actual is for; omitted for the province figure. */
  unitId?: string;
}

export function enterActual(code: string, year: number, body: ActualInput): Promise<Target> {
  return request<Target>('PUT', `/api/targets/${encodeURIComponent(code)}/actuals/${year}`, {
    body,
  });
}

/** A province target cascaded to one unit for one year, with the unit's actual and status. */
export interface TargetAssignment {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  value: number;
  comparator: string;
  version: number;
  actual: { year: number; value: number; source: string; version: number } | null;
  status: TargetStatus;
  abilities: { enterActual: boolean };
}

export const assignmentsQuery = (code: string) =>
  queryOptions({
    queryKey: [...targetsKey, code, 'assignments'],
    queryFn: ({ signal }) =>
      api.get<{ assignments: TargetAssignment[]; abilities: { assign: boolean } }>(
        `/api/targets/${encodeURIComponent(code)}/assignments`,
        signal,
      ),
  });

export interface AssignmentInput {
  unitId: string;
  year: number;
  value: number;
  comparator: string;
  /** The version read; required when the unit already has the target for that year. */
  version?: number;
}

export function assignTarget(code: string, body: AssignmentInput): Promise<TargetAssignment> {
  return api.post<TargetAssignment>(`/api/targets/${encodeURIComponent(code)}/assignments`, body);
}
