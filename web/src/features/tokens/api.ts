import { apiTokenSchema, createdApiTokenSchema } from '@kontor/domain/tokens';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';

const tokensKey = ['tokens'] as const;
const tokensResponse = z.object({ items: z.array(apiTokenSchema) });

export function useTokens() {
  return useQuery({
    queryKey: tokensKey,
    queryFn: async () => (await apiRequest('/api/tokens', { schema: tokensResponse })).items,
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresAt?: string }) =>
      apiRequest('/api/tokens', { method: 'POST', body: input, schema: createdApiTokenSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
