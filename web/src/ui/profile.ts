import { type Session, type User, type updateMyProfileSchema, userSchema } from '@kontor/domain/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from './api';
import { sessionKey, storeCurrentUser } from './session';

type ProfileChange = z.input<typeof updateMyProfileSchema>;

/**
 * Saves the user's own name, language or colour scheme. The change shows at once (the app
 * applies the session user's preferences) and is rolled back if the server refuses it.
 */
export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ProfileChange): Promise<User> =>
      apiRequest('/api/users/me', { method: 'PATCH', body: change, schema: userSchema }),
    onMutate: (change) => {
      const previous = queryClient.getQueryData<Session | null>(sessionKey);
      if (previous)
        queryClient.setQueryData(sessionKey, { ...previous, user: { ...previous.user, ...change } });
      return { previous };
    },
    onError: (_error, _change, context) => queryClient.setQueryData(sessionKey, context?.previous),
    onSuccess: (user) => storeCurrentUser(queryClient, user),
  });
}
