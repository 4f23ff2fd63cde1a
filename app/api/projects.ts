import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { projectList } from '../../shared/contracts/projects.ts';
import { api } from './client.ts';

export type ProjectListResponse = z.infer<typeof projectList>;

/** The public project register (issue 13), optionally one sector. */
export const publicProjectsQuery = (sector?: string) =>
  queryOptions({
    queryKey: ['public', 'projects', sector ?? ''] as const,
    queryFn: ({ signal }) =>
      api.get<ProjectListResponse>(
        `/api/public/projects${sector ? `?sector=${encodeURIComponent(sector)}` : ''}`,
        signal,
      ),
    staleTime: 60_000,
  });
