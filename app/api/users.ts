import { queryOptions } from '@tanstack/react-query';
import type { ChangePasswordInput } from '../../shared/contracts/auth.ts';
import type {
  CreateUserInput,
  GrantInput,
  ResetPasswordInput,
  UpdateUserInput,
  UserListResponse,
  UserResponse,
} from '../../shared/contracts/users.ts';
import { api } from './client.ts';
import { queryClient } from './query.ts';

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: ({ signal }) => api.get<UserListResponse>('/api/users', signal),
});

const userPath = (id: string, rest = '') => `/api/users/${encodeURIComponent(id)}${rest}`;

export const userCommands = {
  create: (body: CreateUserInput) => api.post<UserResponse>('/api/users', body),
  update: (id: string, body: UpdateUserInput) => api.patch<UserResponse>(userPath(id), body),
  resetPassword: (id: string, newPassword: string) => {
    const body: ResetPasswordInput = { newPassword };
    return api.post<void>(userPath(id, '/password'), body);
  },
  grant: (id: string, body: GrantInput) => api.post<UserResponse>(userPath(id, '/grants'), body),
  revoke: (grantId: string) => api.delete(`/api/grants/${encodeURIComponent(grantId)}`),
};

export function invalidateUsers() {
  return queryClient.invalidateQueries({ queryKey: ['users'] });
}

export async function changeOwnPassword(
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const body: ChangePasswordInput = { currentPassword, newPassword };
  await api.post<void>('/api/me/password', body);
}
