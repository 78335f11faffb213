import { hasPermission } from '@kontor/domain/permissions';
import {
  defaultValidUntil,
  type MarkQuotationLost,
  QUOTATION,
  type QuotationDetail,
  quotationLabel,
} from '@kontor/domain/quotations';
import {
  canCancelQuotation,
  canCreateNewVersion,
  canMarkQuotationLost,
  canOrderQuotation,
  canSubmitQuotation,
  type Guard,
  type OpportunityManualStatus,
  opportunityManualAfterQuotationCancelled,
  type QuotationRefusal,
} from '@kontor/domain/sales-status';
import { type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { Database, QuotationsTable } from '../../platform/db/schema.js';
import type { EventBus, SystemEntry } from '../../platform/events/bus.js';
import { conflict, forbidden, invalidField, notFound, staleVersion } from '../../platform/http/problem.js';
import type { CompanyProfileService } from '../company-profile/service.js';
import type { LeadConversion } from '../leads/conversion.js';
import { companyToday } from '../sales-documents/dates.js';
import { copyLines, QUOTATION_LINES } from '../sales-documents/document-lines.js';
import { bookOrderFromQuotation, documentLinks } from '../sales-orders/booking.js';
import { storedStatus } from './mapping.js';
import { QuotationRepository, type QuotationRow } from './repository.js';
import { detailOf } from './service.js';

/** A version as stored: what the actions read and change (the names are for answers). */
type StoredQuotation = Selectable<QuotationsTable>;

/** What one action does once its guard allowed it: the columns it sets, then what follows in the transaction. */
interface Step {
  check(trx: Transaction<Database>, row: StoredQuotation): Promise<Guard<QuotationRefusal>>;
  change?: Updateable<QuotationsTable>;
  effects?(trx: Transaction<Database>, row: StoredQuotation): Promise<void>;
}

/**
 * The S5 actions on a quotation version (POST /api/quotations/:id/<action> with `{ version }`):
 * each checks its domain guard (409 with the refusal's text), sets its fact, and emits
 * `sales.changed` in its transaction, so the sync stores the derived statuses of the quotation,
 * its opportunity and its lead and writes their timeline entries.
 */
export class QuotationActions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventBus,
    private readonly profile: CompanyProfileService,
    /** Makes the customer of a quotation for a lead alone when it is ordered. */
    private readonly conversion: LeadConversion,
  ) {}

  /** Sends the draft (it needs a line and a validity date not yet passed): quotation date today. */
  submit(principal: Principal, id: string, version: number): Promise<QuotationDetail> {
    const today = companyToday();
    return this.act(principal, id, version, {
      check: async (trx, row) => {
        const verdict = canSubmitQuotation(
          storedStatus(row),
          await new QuotationRepository(trx).lineCount(id),
        );
        if (verdict.ok && row.valid_until !== null && row.valid_until < today)
          throw conflict('quotation-valid-until-past', [
            { path: 'validUntil', code: 'quotation-valid-until-past' },
          ]);
        return verdict;
      },
      change: { quotation_date: today, submitted_at: nowIso(), submitted_by: principal.userId },
      effects: (trx) => this.changed(trx, principal, [id]),
    });
  }

  /**
   * Copies the version into revision n + 1 as a new draft with the same number and supersedes it
   * now (S5: superseded is "a newer version exists"); the old one stays readable, linked both ways.
   * Its pinned timeline entries are pinned on the new version too. Answers with the new version.
   */
  async newVersion(principal: Principal, id: string, version: number): Promise<QuotationDetail> {
    const profile = await this.profile.get();
    const newIdValue = newId();
    const now = nowIso();
    await this.run(principal, id, version, {
      check: async (_trx, row) => canCreateNewVersion(storedStatus(row)),
      change: { superseded_at: now },
      effects: async (trx, old) => {
        const revision = old.revision + 1;
        await trx
          .insertInto('quotations')
          .values({
            ...old,
            id: newIdValue,
            revision,
            predecessor_id: old.id,
            status: 'draft',
            quotation_date: null,
            valid_until: defaultValidUntil(companyToday(), profile.quotationValidityDays),
            submitted_at: null,
            submitted_by: null,
            superseded_at: null,
            lost_at: null,
            lost_note: null,
            expired_at: null,
            cancelled_at: null,
            created_at: now,
            updated_at: now,
            created_by: principal.userId,
            version: 1,
          })
          .execute();
        await copyLines(trx, QUOTATION_LINES, old.id, QUOTATION_LINES, newIdValue);
        await carryPinnedEntries(trx, old.id, newIdValue);
        await this.events.emit(trx, 'records.created', { recordType: QUOTATION.type, ids: [newIdValue] });
        await this.changed(trx, principal, [old.id], {
          subject: `Angebot ${quotationLabel(old.number, revision)}: Version ${revision} erstellt`,
          systemKey: 'quotation.new-version',
          links: documentLinks(
            old,
            { recordType: QUOTATION.type, recordId: newIdValue },
            { recordType: QUOTATION.type, recordId: old.id },
          ),
        });
      },
    });
    return detailOf(this.db, await this.row(principal, newIdValue));
  }

  /** Marks the newest open or expired version lost, with its reasons, competitors and a note. */
  markLost(principal: Principal, id: string, input: MarkQuotationLost): Promise<QuotationDetail> {
    return this.act(principal, id, input.version, {
      check: async (trx, row) => {
        const verdict = canMarkQuotationLost(storedStatus(row));
        if (verdict.ok) await checkLostInput(trx, principal, input);
        return verdict;
      },
      change: { lost_at: nowIso(), lost_note: input.note },
      effects: async (trx) => {
        await insertInChunks(
          trx,
          'quotation_lost_reasons',
          [...new Set(input.lostReasonIds)].map((lost_reason_id) => ({ quotation_id: id, lost_reason_id })),
        );
        await insertInChunks(
          trx,
          'quotation_competitors',
          [...new Set(input.competitorIds)].map((organization_id) => ({ quotation_id: id, organization_id })),
        );
        await this.changed(trx, principal, [id]);
      },
    });
  }

  /** Withdraws a submitted version; its opportunity returns to Open (S5), a closed one stays closed. */
  cancel(principal: Principal, id: string, version: number): Promise<QuotationDetail> {
    return this.act(principal, id, version, {
      check: async (_trx, row) => canCancelQuotation(storedStatus(row)),
      change: { cancelled_at: nowIso() },
      effects: async (trx, row) => {
        const opportunityIds = row.opportunity_id ? [row.opportunity_id] : [];
        if (row.opportunity_id) await resetOpportunityManualStatus(trx, row.opportunity_id);
        await this.events.emit(trx, 'sales.changed', {
          quotationIds: [id],
          opportunityIds,
          by: principal.userId,
        });
      },
    });
  }

  /**
   * Books a sales order from the newest open version, in the same transaction. A quotation for a
   * lead alone converts the lead first, in the same transaction (bookOrderFromQuotation).
   */
  async order(principal: Principal, id: string, version: number): Promise<QuotationDetail> {
    if (!hasPermission(principal.permissions, 'orders.write')) throw forbidden();
    let booked: { id: string; number: string } | undefined;
    await this.run(principal, id, version, {
      check: async (_trx, row) => canOrderQuotation(storedStatus(row)),
      effects: async (trx, row) => {
        booked = await bookOrderFromQuotation(
          trx,
          { events: this.events, conversion: this.conversion },
          row,
          principal.userId,
          'user',
        );
      },
    });
    // The answer names the order just booked without reading it again.
    return detailOf(
      this.db,
      await this.row(principal, id),
      undefined,
      booked && { ...booked, status: 'booked' },
    );
  }

  /** Runs the step and answers with the version as it is now. */
  private async act(principal: Principal, id: string, version: number, step: Step): Promise<QuotationDetail> {
    await this.run(principal, id, version, step);
    return detailOf(this.db, await this.row(principal, id));
  }

  private async run(principal: Principal, id: string, version: number, step: Step): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new QuotationRepository(trx);
      const row = await repository.findVisibleStored(principal, id);
      if (!row) throw notFound('quotation-not-found');
      if (row.version !== version) throw staleVersion();
      const verdict = await step.check(trx, row);
      if (!verdict.ok) throw conflict(verdict.reason);
      if (!(await repository.updateIfVersion(id, version, { ...step.change, updated_at: nowIso() })))
        throw staleVersion();
      await step.effects?.(trx, row);
    });
  }

  private async row(principal: Principal, id: string): Promise<QuotationRow> {
    const row = await new QuotationRepository(this.db).findVisible(principal, id);
    if (!row) throw notFound('quotation-not-found');
    return row;
  }

  /** Re-derives the statuses behind the quotations; `cause` is the entry telling of the action. */
  private changed(
    trx: Transaction<Database>,
    principal: Principal,
    quotationIds: string[],
    cause?: SystemEntry,
  ) {
    return this.events.emit(trx, 'sales.changed', { quotationIds, by: principal.userId, cause });
  }
}

/** Lost reasons must be active ones of the admin's list, competitors organisations the principal sees. */
async function checkLostInput(trx: Transaction<Database>, principal: Principal, input: MarkQuotationLost) {
  const reasons = [...new Set(input.lostReasonIds)];
  const found = await trx
    .selectFrom('lost_reasons')
    .select('id')
    .where('id', 'in', reasons)
    .where('active', '=', 1)
    .execute();
  if (found.length !== reasons.length) throw invalidField('lostReasonIds', 'sales-unknown-lost-reason');
  const competitors = [...new Set(input.competitorIds)];
  if (competitors.length === 0) return;
  const visible = await trx
    .selectFrom('organizations')
    .select('id')
    .where('id', 'in', competitors)
    .where(visibleTo(principal, 'organizations.owner_id'))
    .execute();
  if (visible.length !== competitors.length) throw invalidField('competitorIds', 'sales-unknown-competitor');
}

/**
 * Cancelling a quotation returns its opportunity to Open even when it was Replied by hand, which
 * re-derivation alone cannot know (decision 0014): the stored by-hand status resets.
 */
async function resetOpportunityManualStatus(trx: Transaction<Database>, opportunityId: string) {
  const opportunity = await trx
    .selectFrom('opportunities')
    .select('manual_status')
    .where('id', '=', opportunityId)
    .executeTakeFirst();
  if (!opportunity) return;
  const next = opportunityManualAfterQuotationCancelled(opportunity.manual_status as OpportunityManualStatus);
  if (next === opportunity.manual_status) return;
  await trx
    .updateTable('opportunities')
    .set((eb) => ({ manual_status: next, updated_at: nowIso(), version: eb('version', '+', 1) }))
    .where('id', '=', opportunityId)
    .execute();
}

/** The old version's pinned entries are pinned on the new one too (seed 004: "sticky" entries carry over), in one statement. */
async function carryPinnedEntries(trx: Transaction<Database>, fromId: string, toId: string) {
  await trx
    .insertInto('activity_links')
    .columns(['activity_id', 'record_type', 'record_id', 'occurred_at', 'pinned', 'deleted'])
    .expression((eb) =>
      eb
        .selectFrom('activity_links as pinned')
        .select([
          'pinned.activity_id',
          'pinned.record_type',
          // Typed cast: PostgreSQL cannot infer the type of a bare parameter in a select list.
          sql<string>`cast(${toId} as text)`.as('record_id'),
          'pinned.occurred_at',
          'pinned.pinned',
          'pinned.deleted',
        ])
        .where('pinned.record_type', '=', QUOTATION.type)
        .where('pinned.record_id', '=', fromId)
        .where('pinned.pinned', '=', 1)
        .where('pinned.deleted', '=', 0),
    )
    .execute();
}
