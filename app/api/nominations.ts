import { queryOptions } from '@tanstack/react-query';
import type { MyBallot } from '../../shared/contracts/council.ts';
import type {
  Dossier,
  DossierList,
  DossierStepBody,
  PostedList,
  PublicCommentBody,
} from '../../shared/contracts/nominations.ts';
import type { BallotChoice } from '../../shared/nominations.ts';
import { api } from './client.ts';
import { queryClient } from './query.ts';

export const dossierBoardQuery = queryOptions({
  queryKey: ['dossiers', 'board'],
  queryFn: ({ signal }) => api.get<DossierList>('/api/dossiers', signal),
});

export const dossierQueueQuery = queryOptions({
  queryKey: ['dossiers', 'queue'],
  queryFn: ({ signal }) => api.get<DossierList>('/api/dossiers/queue', signal),
});

export const dossierQuery = (id: string) =>
  queryOptions({
    queryKey: ['dossiers', id],
    queryFn: ({ signal }) => api.get<Dossier>(`/api/dossiers/${encodeURIComponent(id)}`, signal),
  });

export const ballotQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['council', 'ballot', sessionId],
    queryFn: ({ signal }) =>
      api.get<MyBallot>(`/api/council/sessions/${encodeURIComponent(sessionId)}/ballot`, signal),
  });

export const postedQuery = queryOptions({
  queryKey: ['public', 'nominations'],
  queryFn: ({ signal }) => api.get<PostedList>('/api/public/nominations', signal),
  staleTime: 60_000,
});

export const nominationCommands = {
  step: (id: string, body: DossierStepBody) =>
    api.post<Dossier>(`/api/dossiers/${encodeURIComponent(id)}/steps`, body),
  vote: (sessionId: string, subjectId: string, choice: BallotChoice) =>
    api.post<void>(`/api/council/sessions/${encodeURIComponent(sessionId)}/ballots`, {
      subjectId,
      choice,
    }),
  comment: (subjectId: string, body: PublicCommentBody) =>
    api.post<{ received: true }>(
      `/api/public/nominations/${encodeURIComponent(subjectId)}/comments`,
      body,
    ),
};

export const invalidateNominations = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: ['dossiers'] }),
    queryClient.invalidateQueries({ queryKey: ['council'] }),
  ]);
