import { type Language, sessionSchema } from '@kontor/domain/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';
import { setupKey, storeSession } from '../../ui/session';

interface SetupInput {
  name: string;
  email: string;
  password: string;
  language: Language;
}

/** Creates the first administrator; the server signs them in straight away. */
export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) =>
      apiRequest('/api/setup', { method: 'POST', body: input, schema: sessionSchema }),
    onSuccess: (session) => {
      queryClient.setQueryData(setupKey, { setupRequired: false });
      storeSession(queryClient, session);
    },
  });
}
