import { queryOptions } from '@tanstack/react-query';
import type {
  CommendationSettings,
  CommendationSettingsInput,
} from '../../shared/contracts/commendation-settings.ts';
import { api } from './client.ts';

export type {
  CommendationSettings,
  PredecessorMode,
} from '../../shared/contracts/commendation-settings.ts';

export const commendationSettingsKey = ['commendations', 'settings'] as const;

export const commendationSettingsQuery = queryOptions({
  queryKey: commendationSettingsKey,
  queryFn: ({ signal }) => api.get<CommendationSettings>('/api/commendations/settings', signal),
});

export const saveCommendationSettings = (body: CommendationSettingsInput) =>
  api.put<CommendationSettings>('/api/commendations/settings', body);
