import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      apiRequest('/api/users/me/password', { method: 'POST', body: input }),
  });
}
