import { invitationSchema, sessionSchema } from '@kontor/domain/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';
import { storeSession } from '../../ui/session';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      apiRequest('/api/auth/login', {
        method: 'POST',
        body: credentials,
        schema: sessionSchema,
        allowUnauthorized: true,
      }),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => apiRequest(`/api/invitations/${encodeURIComponent(token)}`, { schema: invitationSchema }),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      apiRequest(`/api/invitations/${encodeURIComponent(token)}`, {
        method: 'POST',
        body: { password },
        schema: sessionSchema,
      }),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
