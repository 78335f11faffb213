import type { RoleKey } from '@kontor/domain/permissions';
import { createdUserSchema, type Language, userSchema } from '@kontor/domain/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';
import { teamsKey, usersKey } from '../../ui/lookups';
import { storeCurrentUser, useCurrentSession } from '../../ui/session';

export interface InviteUserInput {
  name: string;
  email: string;
  role: RoleKey;
  teamIds: string[];
  language: Language;
  password?: string;
}

export interface UpdateUserInput {
  version: number;
  name: string;
  role: RoleKey;
  teamIds: string[];
  active: boolean;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteUserInput) =>
      apiRequest('/api/users', { method: 'POST', body: input, schema: createdUserSchema }),
    onSuccess: () => invalidateUsersAndTeams(queryClient),
  });
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  const currentUserId = useCurrentSession().user.id;
  return useMutation({
    mutationFn: (input: UpdateUserInput) =>
      apiRequest(`/api/users/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: input,
        schema: userSchema,
      }),
    onSuccess: (user) => {
      // An administrator renaming themselves sees the new name in the top bar at once.
      if (user.id === currentUserId) storeCurrentUser(queryClient, user);
      invalidateUsersAndTeams(queryClient);
    },
  });
}

// Team membership shows on both lists, so a change to either refreshes both.
function invalidateUsersAndTeams(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: usersKey });
  void queryClient.invalidateQueries({ queryKey: teamsKey });
}
