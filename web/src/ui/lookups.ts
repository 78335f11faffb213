import { teamSchema } from '@kontor/domain/teams';
import { userSchema } from '@kontor/domain/users';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './api';

export const usersKey = ['users'] as const;
export const teamsKey = ['teams'] as const;

const usersResponse = z.object({ items: z.array(userSchema) });
const teamsResponse = z.object({ items: z.array(teamSchema) });

/** All users; the users page lists them and the teams page picks members from them. */
export function useUsersList(enabled = true) {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await apiRequest('/api/users', { schema: usersResponse })).items,
    enabled,
  });
}

/** All teams; the teams page lists them and the users page assigns users to them. */
export function useTeamsList(enabled = true) {
  return useQuery({
    queryKey: teamsKey,
    queryFn: async () => (await apiRequest('/api/teams', { schema: teamsResponse })).items,
    enabled,
  });
}
