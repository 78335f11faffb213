import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** Events that other modules react to inside the transaction of the action that caused them. */
export interface DomainEvents {
  /** Two records became one: everything linked to `mergedId` must now point to `keptId`. */
  'record.merged': { recordType: string; keptId: string; mergedId: string; by: string };
  /** Records were created: one from a form, many at once from an import (search index, live updates). */
  'records.created': { recordType: string; ids: string[] };
  /** A record was changed (search index, later: live updates). */
  'record.saved': { recordType: string; id: string };
  /** Emitted before the row goes, so reactions can still follow its links. */
  'record.deleted': { recordType: string; id: string };
  /** An activity was written (notifications: assignment, mentions; `before` is absent on create). */
  'activity.saved': { activity: ActivityEventView; before?: ActivityEventView; by: string | null };
  /** A file was attached to a record (activities records a document entry). */
  'document.uploaded': {
    documentId: string;
    recordType: string;
    recordId: string;
    fileName: string;
    by: string;
  };
  /** Documents were deleted, by a person or with their record (activities retire their entries). */
  'document.deleted': { documentIds: string[]; by: string | null };
  /**
   * Facts behind sales statuses changed (a quotation submitted, lost, cancelled, superseded,
   * expired; an order booked or cancelled; a lead converted; a status set by hand): the S5
   * statuses of these records and of those depending on them are derived anew (sales-status).
   * `by` is null for what a customer or a job did. `cause` is the system entry telling of the
   * action itself, recorded before the status changes' entries and in the same statements.
   */
  'sales.changed': {
    quotationIds?: readonly string[];
    opportunityIds?: readonly string[];
    leadIds?: readonly string[];
    by: string | null;
    cause?: SystemEntry;
  };
}

/** A system entry about records (`systemKey` says what happened), on the timelines of `links`. */
export interface SystemEntry {
  subject: string;
  systemKey: string;
  links: readonly { recordType: string; recordId: string }[];
}

/** What reactions to an activity need to know about it. */
export interface ActivityEventView {
  id: string;
  subject: string;
  /** Sanitised HTML or null. */
  body: string | null;
  status: 'open' | 'done';
  dueAt: string | null;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
  ownerId: string | null;
  links: readonly { recordType: string; recordId: string }[];
}

type Handler<K extends keyof DomainEvents> = (
  trx: Transaction<Database>,
  event: DomainEvents[K],
) => Promise<void>;

/**
 * A synchronous, in-transaction event bus: consistency-critical reactions (moving links on a
 * merge, status propagation) run in the same transaction, so they commit or fail together.
 * Live updates and webhooks will hang off committed events separately.
 */
export class EventBus {
  private readonly handlers = new Map<keyof DomainEvents, Handler<keyof DomainEvents>[]>();

  on<K extends keyof DomainEvents>(name: K, handler: Handler<K>): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler as Handler<keyof DomainEvents>]);
  }

  async emit<K extends keyof DomainEvents>(
    trx: Transaction<Database>,
    name: K,
    event: DomainEvents[K],
  ): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(trx, event);
  }
}
