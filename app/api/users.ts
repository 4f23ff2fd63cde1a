import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { queryClient } from './query.ts';
import type { Role, User, UserList } from './types.ts';

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: ({ signal }) => api.get<UserList>('/api/users', signal),
});

const userPath = (id: string, rest = '') => `/api/users/${encodeURIComponent(id)}${rest}`;

export const userCommands = {
  create: (body: { username: string; fullName: string; email?: string; password: string }) =>
    api.post<User>('/api/users', body),
  update: (
    id: string,
    body: { fullName?: string; email?: string | null; active?: boolean; version: number },
  ) => api.patch<User>(userPath(id), body),
  resetPassword: (id: string, newPassword: string) =>
    api.post<void>(userPath(id, '/password'), { newPassword }),
  grant: (id: string, body: { role: Role; unitId: string }) =>
    api.post<User>(userPath(id, '/grants'), body),
  revoke: (grantId: string) => api.delete(`/api/grants/${encodeURIComponent(grantId)}`),
};

export function invalidateUsers() {
  return queryClient.invalidateQueries({ queryKey: ['users'] });
}

export async function changeOwnPassword(
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await api.post<void>('/api/me/password', { currentPassword, newPassword });
}
