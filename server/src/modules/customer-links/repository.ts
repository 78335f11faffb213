import type { CustomerLink } from '@kontor/domain/customer-links';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored link as the service decides on it. */
export interface LinkRow {
  id: string;
  quotationId: string;
  expiresAt: string;
  revokedAt: string | null;
  acceptedAt: string | null;
}

export class CustomerLinkRepository {
  constructor(private readonly db: Db) {}

  async insert(link: {
    id: string;
    quotationId: string;
    tokenDigest: string;
    expiresAt: string;
    createdAt: string;
    createdBy: string;
  }): Promise<void> {
    await this.db
      .insertInto('quotation_links')
      .values({
        id: link.id,
        quotation_id: link.quotationId,
        token_digest: link.tokenDigest,
        expires_at: link.expiresAt,
        created_at: link.createdAt,
        created_by: link.createdBy,
      })
      .execute();
  }

  /** Every link of a quotation, newest first (a quotation has a handful at most). */
  async listFor(quotationId: string, now: string): Promise<CustomerLink[]> {
    const rows = await this.db
      .selectFrom('quotation_links as l')
      .leftJoin('users as u', 'u.id', 'l.created_by')
      .select([
        'l.id',
        'l.quotation_id',
        'l.expires_at',
        'l.revoked_at',
        'l.opened_count',
        'l.last_opened_at',
        'l.accepted_at',
        'l.created_at',
        'u.name as created_by_name',
      ])
      .where('l.quotation_id', '=', quotationId)
      .orderBy('l.created_at', 'desc')
      .orderBy('l.id', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      quotationId: row.quotation_id,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
      openedCount: Number(row.opened_count),
      lastOpenedAt: row.last_opened_at,
      acceptedAt: row.accepted_at,
      createdAt: row.created_at,
      createdByName: row.created_by_name ?? null,
      active: isUsable(
        { expiresAt: row.expires_at, revokedAt: row.revoked_at, acceptedAt: row.accepted_at },
        now,
      ),
    }));
  }

  async byDigest(tokenDigest: string): Promise<LinkRow | undefined> {
    const row = await this.db
      .selectFrom('quotation_links')
      .select(['id', 'quotation_id', 'expires_at', 'revoked_at', 'accepted_at'])
      .where('token_digest', '=', tokenDigest)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        quotationId: row.quotation_id,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
        acceptedAt: row.accepted_at,
      }
    );
  }

  async byId(quotationId: string, id: string): Promise<LinkRow | undefined> {
    const row = await this.db
      .selectFrom('quotation_links')
      .select(['id', 'quotation_id', 'expires_at', 'revoked_at', 'accepted_at'])
      .where('id', '=', id)
      .where('quotation_id', '=', quotationId)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        quotationId: row.quotation_id,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
        acceptedAt: row.accepted_at,
      }
    );
  }

  async revoke(id: string, by: string, at: string): Promise<void> {
    await this.db
      .updateTable('quotation_links')
      .set({ revoked_at: at, revoked_by: by })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /** Counts an opening; true when this visitor opens the link for the first time. */
  async recordVisit(linkId: string, visitorDigest: string, at: string): Promise<boolean> {
    const inserted = await this.db
      .insertInto('quotation_link_visits')
      .values({ link_id: linkId, visitor_digest: visitorDigest, opened_at: at })
      .onConflict((oc) => oc.columns(['link_id', 'visitor_digest']).doNothing())
      .executeTakeFirst();
    await this.db
      .updateTable('quotation_links')
      .set((eb) => ({ opened_count: eb('opened_count', '+', 1), last_opened_at: at }))
      .where('id', '=', linkId)
      .execute();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Marks the link used; false when another request accepted through it first. */
  async markAccepted(linkId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('quotation_links')
      .set({ accepted_at: at })
      .where('id', '=', linkId)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

/** A link opens the page while neither revoked nor past its end; accepted ones still show the confirmation. */
export function isUsable(
  link: Pick<LinkRow, 'expiresAt' | 'revokedAt' | 'acceptedAt'>,
  now: string,
): boolean {
  return link.revokedAt === null && link.acceptedAt === null && link.expiresAt > now;
}
