import {
  notificationListQuerySchema,
  notificationPageSchema,
  unreadCountSchema,
} from '@kontor/domain/notifications';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams } from '../../platform/records/record-routes.js';
import type { NotificationService } from './service.js';

const tags = ['notifications'];

/** The bell (X7): every user reads and marks only their own notifications. */
export function notificationRoutes(app: Api, notifications: NotificationService): void {
  app.get(
    '/api/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Your notifications, newest first; `unread=true` for the unread ones only',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    (request) => notifications.list(principalOf(request), request.query),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'How many of your notifications are unread',
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => ({ count: await notifications.unreadCount(principalOf(request)) }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Mark one of your notifications read', params: idParams },
    },
    async (request, reply) => {
      await notifications.markRead(principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mark all your notifications read; answers how many were unread',
        response: { 200: unreadCountSchema },
      },
    },
    async (request) => ({ count: await notifications.markAllRead(principalOf(request)) }),
  );
}
