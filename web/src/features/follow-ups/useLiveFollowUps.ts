import { useRefetchOnEntries } from '../../ui/useRefetchOnEntries';
import { followUpsKey } from '../activities/api';

/**
 * Keeps "Meine Wiedervorlagen" current while open: a new or changed entry anywhere the user may
 * see can be one of theirs now (assigned, rescheduled, done by a colleague), so the lists refetch.
 * Which entries belong is the server's answer.
 */
export function useLiveFollowUps(): void {
  useRefetchOnEntries(followUpsKey);
}
