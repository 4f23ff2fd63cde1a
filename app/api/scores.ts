import { queryOptions } from '@tanstack/react-query';
import type {
  PublicRankingsResponse,
  RankingsResponse,
  RecomputeResponse,
  UnitScoreResponse,
} from '../../shared/contracts/scores.ts';
import { api, withQuery } from './client.ts';

export const scoresKey = ['scores'] as const;

export const rankingsQuery = (year: number) =>
  queryOptions({
    queryKey: [...scoresKey, 'rankings', year],
    queryFn: ({ signal }) =>
      api.get<RankingsResponse>(`/api/scores/rankings?year=${year}`, signal),
  });

export const unitScoreQuery = (unitId: string, year: number) =>
  queryOptions({
    queryKey: [...scoresKey, 'unit', unitId, year],
    queryFn: ({ signal }) =>
      api.get<UnitScoreResponse>(`/api/scores/units/${unitId}?year=${year}`, signal),
  });

export const publicRankingsQuery = (year: number, revision?: number) =>
  queryOptions({
    queryKey: ['public', 'rankings', year, revision ?? 0],
    queryFn: ({ signal }) =>
      api.get<PublicRankingsResponse>(
        withQuery('/api/public/rankings', {
          year: String(year),
          revision: revision ? String(revision) : undefined,
        }),
        signal,
      ),
    staleTime: 60_000,
  });

export const recomputeScores = (year: number) =>
  api.post<RecomputeResponse>('/api/scores/recompute', { year });
export const publishScores = (year: number, reason?: string) =>
  api.post<RankingsResponse>('/api/scores/publish', reason ? { year, reason } : { year });
export const setObjectionWindow = (year: number, opensOn: string, closesOn: string) =>
  api.put<RankingsResponse>('/api/scores/objection-window', { year, opensOn, closesOn });
export const objectToScore = (unitId: string, year: number, note: string, criterionCode?: string) =>
  api.post<UnitScoreResponse>(`/api/scores/units/${unitId}/objections`, {
    year,
    note,
    ...(criterionCode ? { criterionCode } : {}),
  });
