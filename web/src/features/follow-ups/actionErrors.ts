import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { isStaleVersion, notifyError } from '../../ui/problems';
import { refreshActivities } from '../activities/api';

/**
 * How a follow-up action's failure is shown. Someone else changed the entry meanwhile (stale
 * version): the dialog says so and offers to reload. The entry is no longer open (another 409):
 * the message tells why and the list reloads, where the entry will have moved or gone.
 */
export function useActionErrors(onDone: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  return {
    conflict,
    onError: (error: unknown) => {
      if (isStaleVersion(error)) {
        setConflict(true);
        return;
      }
      notifyError(error, t);
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) {
        void refreshActivities(queryClient);
        onDone();
      }
    },
    reload: () => {
      void refreshActivities(queryClient);
      onDone();
    },
  };
}
