import { dashboardSchema } from '@kontor/domain/dashboard';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { DashboardService } from './service.js';

/**
 * The home dashboard's figures. Any logged-in user may ask; each part of the answer needs the
 * read permission of what it counts and is absent without it (the service decides).
 */
export function dashboardRoutes(app: Api, dashboard: DashboardService): void {
  app.get(
    '/api/dashboard',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dashboard'],
        summary:
          'Home dashboard: my follow-ups due today and overdue, my open opportunities, won revenue this and last month',
        response: { 200: dashboardSchema },
      },
    },
    (request) => dashboard.figures(principalOf(request), languageOf(request)),
  );
}
