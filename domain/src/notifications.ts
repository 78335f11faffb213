import { z } from 'zod';

/**
 * Why a user is told about an entry (X7): a follow-up of theirs fell due, it was assigned to them
 * (or to one of their teams), or they were mentioned in its text.
 */
export const NOTIFICATION_KINDS = ['due', 'assigned', 'mention'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The newest notifications the bell lists per page. */
export const NOTIFICATION_PAGE_SIZE = 20;

export const notificationListQuerySchema = z
  .object({
    /** Only the unread ones. */
    unread: z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => value === 'true'),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(NOTIFICATION_PAGE_SIZE),
  })
  .strict();

/** What the bell shows of one notification; it opens the linked record (or the follow-ups for due ones). */
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  activityId: z.string(),
  subject: z.string(),
  /** When the entry was due, for `due` notifications. */
  dueAt: z.string().nullable(),
  /** The entry's first linked record; null when it has none the reader may see. */
  record: z.object({ type: z.string(), id: z.string(), name: z.string() }).nullable(),
  /** Who assigned or mentioned; null for due follow-ups (Kontor itself tells). */
  actorName: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

/** Unread notifications are counted up to this many; the bell shows "99+" from here on. */
export const UNREAD_COUNT_CAP = 100;

export const unreadCountSchema = z.object({
  /** At most UNREAD_COUNT_CAP for the unread count; for read-all, how many were marked. */
  count: z.number().int(),
});
