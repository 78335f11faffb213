import { teamSchema } from '@kontor/domain/teams';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';
import { teamsKey, usersKey } from '../../ui/lookups';

export interface TeamInput {
  name: string;
  memberIds: string[];
}

export function useSaveTeam(team: { id: string; version: number } | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TeamInput) =>
      team
        ? apiRequest(`/api/teams/${encodeURIComponent(team.id)}`, {
            method: 'PATCH',
            body: { ...input, version: team.version },
            schema: teamSchema,
          })
        : apiRequest('/api/teams', { method: 'POST', body: input, schema: teamSchema }),
    onSuccess: () => invalidateTeamsAndUsers(queryClient),
  });
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/teams/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => invalidateTeamsAndUsers(queryClient),
  });
}

// Users list their teams, so membership changes refresh both lists.
function invalidateTeamsAndUsers(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: teamsKey });
  void queryClient.invalidateQueries({ queryKey: usersKey });
}
