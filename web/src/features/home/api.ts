import { dashboardSchema } from '@kontor/domain/dashboard';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../ui/api';

export const dashboardKey = ['dashboard'] as const;

/** The home dashboard's figures, one request for every card (the parts the user may see). */
export function useDashboard() {
  // The figures' list filters are written in the user's language: another language, another answer.
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...dashboardKey, i18n.language],
    queryFn: () => apiRequest('/api/dashboard', { schema: dashboardSchema }),
  });
}
