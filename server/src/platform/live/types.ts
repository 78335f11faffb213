import type { Permission } from '@kontor/domain/permissions';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/**
 * Who may receive a live event. `user`: that user only (their notifications). `record`: whoever
 * may see a record with this owner under their visibility (own/team/all, as `visibleTo` decides in
 * SQL) and holds the permission — plus the users and members of the teams named (assignees).
 */
export type LiveAudience =
  | { kind: 'user'; userId: string }
  | {
      kind: 'record';
      permission: Permission;
      ownerId: string | null;
      userIds?: readonly string[];
      teamIds?: readonly string[];
    };

/** Something that happened, told to the open browsers allowed to know (SSE at /api/events). */
export interface LiveEvent {
  /** E.g. `activity.created`, `notification.created`. */
  topic: string;
  audience: LiveAudience;
  /** Ids and keys only: clients fetch what they show, so the fetch applies the permissions. */
  data: Record<string, unknown>;
}

/**
 * Publishes live events as part of a transaction: they go out once it commits, never if it rolls
 * back. On PostgreSQL publishing serialises the publishing transactions from here to commit
 * (decision 0011), so publish as the transaction's last step: row locks taken after it could
 * deadlock with another publisher.
 */
export interface LivePublisher {
  /** Several events go out in one statement (and, on PostgreSQL, one lock), in the order given. */
  publish(trx: Transaction<Database>, events: LiveEvent | readonly LiveEvent[]): Promise<void>;
}

/** What `publish` was given, as a list. */
export function liveEventList(events: LiveEvent | readonly LiveEvent[]): readonly LiveEvent[] {
  return Array.isArray(events) ? events : [events as LiveEvent];
}
