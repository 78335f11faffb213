import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { hasPermission } from '@kontor/domain/permissions';
import {
  type CreateQuotation,
  defaultValidUntil,
  documentNumber,
  QUOTATION,
  type QuotationDetail,
  quotationLabel,
  type UpdateQuotation,
} from '@kontor/domain/quotations';
import type { DocumentLine } from '@kontor/domain/sales-documents';
import { allowedQuotationActions, canEditQuotation } from '@kontor/domain/sales-status';
import { documentTotals } from '@kontor/domain/sales-totals';
import type { Language } from '@kontor/domain/users';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, QuotationsTable } from '../../platform/db/schema.js';
import { nextSequenceValue } from '../../platform/db/sequences.js';
import type { EventBus } from '../../platform/events/bus.js';
import { listFieldChanges, recordFieldChanges } from '../../platform/history/field-history.js';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
  staleVersion,
} from '../../platform/http/problem.js';
import { runList } from '../../platform/lists/run-list.js';
import type { CompanyProfileService } from '../company-profile/service.js';
import { addressJson, customerColumns, customerOf, defined } from '../sales-documents/columns.js';
import { checkOwner, parseAddressBlock, resolveCustomer } from '../sales-documents/customer.js';
import { companyToday } from '../sales-documents/dates.js';
import {
  checkProducts,
  insertLines,
  linesOf,
  QUOTATION_LINES,
  replaceLines,
  totalColumns,
} from '../sales-documents/document-lines.js';
import { renderSalesDocumentPdf } from '../sales-documents/pdf/render.js';
import { printModelOf } from '../sales-documents/print.js';
import { QUOTATION_COLUMNS } from './columns.js';
import { toQuotation } from './mapping.js';
import { QuotationRepository, type QuotationRow } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Quotations (S3): list, detail, create, change and delete drafts, field history. Actions: QuotationActions. */
export class QuotationService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly events: EventBus,
    private readonly profile: CompanyProfileService,
  ) {}

  async list(principal: Principal, query: ListQuery, language: Language) {
    const { rows, nextCursor } = await runList<QuotationRow>(
      new QuotationRepository(this.db).visible(principal),
      {
        record: QUOTATION,
        columns: QUOTATION_COLUMNS,
        idColumn: 'quotations.id',
        query,
        engine: this.engine,
        language,
      },
    );
    return { items: rows.map(toQuotation), nextCursor };
  }

  /** One version in full; pass the caller's transaction when inside one. */
  async get(principal: Principal, id: string, db: Db = this.db): Promise<QuotationDetail> {
    const row = await new QuotationRepository(db).findVisible(principal, id);
    if (!row) throw notFound('quotation-not-found');
    return detailOf(db, row);
  }

  async create(principal: Principal, input: CreateQuotation): Promise<QuotationDetail> {
    const id = newId();
    const profile = await this.profile.get();
    await this.db.transaction().execute(async (trx) => {
      const customer = await resolveCustomer(trx, principal, input);
      if (!customer.organizationId && !customer.leadId)
        throw invalidField('organizationId', 'sales-needs-customer');
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      await checkOwner(trx, principal, ownerId);
      await checkProducts(trx, input.lines);
      const today = companyToday();
      const year = Number(today.slice(0, 4));
      const number = documentNumber('ANG', year, await nextSequenceValue(trx, `quotation-${year}`));
      const now = nowIso();
      await new QuotationRepository(trx).insert({
        id,
        number,
        revision: 1,
        status: 'draft',
        ...customerColumns(customer),
        billing_address: await addressJson(trx, customer, input.billingAddress),
        shipping_address: await addressJson(trx, customer, input.shippingAddress),
        valid_until: input.validUntil ?? defaultValidUntil(today, profile.quotationValidityDays),
        intro_text: input.introText,
        terms: input.terms === undefined ? profile.quotationTerms : input.terms,
        payment_terms: input.paymentTerms === undefined ? profile.paymentTerms : input.paymentTerms,
        ...totalColumns(input.lines),
        owner_id: ownerId,
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      });
      await insertLines(trx, QUOTATION_LINES, id, input.lines);
      await this.events.emit(trx, 'records.created', { recordType: QUOTATION.type, ids: [id] });
    });
    return this.get(afterWriting(principal), id);
  }

  /** Changes a draft; `lines` replaces all lines and the stored totals are computed anew. */
  async update(principal: Principal, id: string, input: UpdateQuotation): Promise<QuotationDetail> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new QuotationRepository(trx);
      const current = await repository.findVisible(principal, id);
      if (!current) throw notFound('quotation-not-found');
      if (current.version !== input.version) throw staleVersion();
      const editable = canEditQuotation(toQuotation(current).status);
      if (!editable.ok) throw conflict(editable.reason);
      const before = customerOf(current);
      const customer = await resolveCustomer(trx, principal, input, before);
      if (!customer.organizationId && !customer.leadId)
        throw invalidField('organizationId', 'sales-needs-customer');
      if (input.ownerId !== undefined) await checkOwner(trx, principal, input.ownerId);
      if (input.lines) await checkProducts(trx, input.lines);
      // A new customer without an address sent gets the new customer's address.
      const customerChanged = JSON.stringify(customer) !== JSON.stringify(before);
      const billing = input.billingAddress ?? (customerChanged ? { mode: 'customer' as const } : undefined);
      const change: Updateable<QuotationsTable> = {
        ...customerColumns(customer),
        ...(billing ? { billing_address: await addressJson(trx, customer, billing) } : {}),
        ...(input.shippingAddress !== undefined
          ? { shipping_address: await addressJson(trx, customer, input.shippingAddress) }
          : {}),
        ...defined({
          valid_until: input.validUntil,
          intro_text: input.introText,
          terms: input.terms,
          payment_terms: input.paymentTerms,
          owner_id: input.ownerId,
        }),
        ...(input.lines ? totalColumns(input.lines) : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      const written = input.lines ? await replaceLines(trx, QUOTATION_LINES, id, input.lines) : undefined;
      // The joined names change only with the customer or owner; otherwise the row is known.
      const after =
        customerChanged || input.ownerId !== undefined
          ? await repository.findVisible(afterWriting(principal), id)
          : ({ ...current, ...change, version: current.version + 1 } as QuotationRow);
      if (!after) throw notFound('quotation-not-found');
      await this.events.emit(trx, 'record.saved', { recordType: QUOTATION.type, id });
      await recordFieldChanges(trx, {
        recordType: QUOTATION.type,
        recordId: id,
        changedBy: principal.userId,
        before: historyView(current),
        after: historyView(after),
      });
      return detailOf(trx, after, written);
    });
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.remove(principal, [id], 'quotation-not-found');
  }

  /** Deletes many drafts at once, all or none; the only bulk action quotations have. */
  async bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    if (request.action !== 'delete') throw invalidField('action', 'bulk-action-unsupported');
    if (!hasPermission(principal.permissions, 'quotations.delete')) throw forbidden();
    return { affected: await this.remove(principal, [...new Set(request.ids)], 'records-not-found') };
  }

  /** The version as the PDF the customer gets ("Angebot", German business-letter layout). */
  async pdf(principal: Principal, id: string): Promise<{ fileName: string; content: Buffer }> {
    const row = await new QuotationRepository(this.db).findVisible(principal, id);
    if (!row) throw notFound('quotation-not-found');
    const print = await this.print(row);
    return {
      fileName: `${quotationLabel(row.number, row.revision)}.pdf`,
      content: await renderSalesDocumentPdf(print),
    };
  }

  /** The print model of a version (PDF and the customer link's page), in the reader's language if given. */
  async print(row: QuotationRow, language?: 'de' | 'en', db: Db = this.db) {
    const id = row.id;
    const lines = (await linesOf(db, QUOTATION_LINES, [id])).get(id) ?? [];
    return printModelOf(
      db,
      'quotation',
      {
        number: row.number,
        revision: row.revision,
        date: row.quotation_date,
        validUntil: row.valid_until,
        deliveryDate: null,
        customerReference: null,
        quotationNumber: null,
        currency: row.currency,
        organizationId: row.organization_id,
        contactId: row.contact_id,
        ownerId: row.owner_id,
        billingAddress: row.billing_address,
        introText: row.intro_text,
        terms: row.terms,
        paymentTerms: row.payment_terms,
        lines,
      },
      await this.profile.get(),
      companyToday(),
      language,
    );
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    if (!(await new QuotationRepository(this.db).findVisible(principal, id)))
      throw notFound('quotation-not-found');
    return listFieldChanges(this.db, QUOTATION.type, id);
  }

  /**
   * Deletes visible drafts in one transaction; a submitted one refuses all (it is cancelled
   * instead, as its number went to the customer). Deleting a draft new version puts its
   * predecessor back in force, since "superseded" means "a newer version exists".
   */
  private remove(
    principal: Principal,
    ids: readonly string[],
    missing: 'quotation-not-found' | 'records-not-found',
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new QuotationRepository(trx);
      const rows = await repository
        .visible(principal)
        .where('quotations.id', 'in', [...ids])
        .execute();
      if (rows.length !== ids.length) throw new AppError(404, missing);
      for (const row of rows) {
        const verdict = canEditQuotation(toQuotation(row).status);
        if (!verdict.ok) throw conflict(verdict.reason);
      }
      for (const id of ids) await this.events.emit(trx, 'record.deleted', { recordType: QUOTATION.type, id });
      await repository.delete(ids);
      const predecessors = rows.flatMap((row) => (row.predecessor_id ? [row.predecessor_id] : []));
      if (predecessors.length > 0) {
        await trx
          .updateTable('quotations')
          .set((eb) => ({ superseded_at: null, updated_at: nowIso(), version: eb('version', '+', 1) }))
          .where('id', 'in', predecessors)
          .execute();
        await this.events.emit(trx, 'sales.changed', { quotationIds: predecessors, by: principal.userId });
      }
      return rows.length;
    });
  }
}

/**
 * A version in full, with lines, totals, lost details, its order and its actions' verdicts.
 * Pass the lines when they were just written; lost details are read only for a lost version,
 * the order only for an ordered one (the stored status says so), which saves a draft's save
 * three queries.
 */
export async function detailOf(db: Db, row: QuotationRow, known?: DocumentLine[]): Promise<QuotationDetail> {
  const repository = new QuotationRepository(db);
  const quotation = toQuotation(row);
  const [items, lost, order] = await Promise.all([
    known ?? linesOf(db, QUOTATION_LINES, [row.id]).then((lines) => lines.get(row.id) ?? []),
    row.lost_at ? repository.lostDetails([row.id]) : undefined,
    quotation.status === 'ordered' ? repository.liveOrderOf(row.id) : undefined,
  ]);
  return {
    ...quotation,
    billingAddress: parseAddressBlock(row.billing_address),
    shippingAddress: parseAddressBlock(row.shipping_address),
    introText: row.intro_text,
    terms: row.terms,
    paymentTerms: row.payment_terms,
    lines: items,
    totals: documentTotals(items),
    lostReasons: lost?.reasons.get(row.id) ?? [],
    competitors: lost?.competitors.get(row.id) ?? [],
    lostNote: row.lost_note,
    order: order ?? null,
    allowedActions: allowedQuotationActions({ status: quotation.status, lineCount: items.length }),
  };
}

/** The header fields a person changes (lines show as the totals they add up to). */
function historyView(row: QuotationRow): object {
  return {
    organizationName: row.organization_name,
    leadName: row.lead_name,
    contactName: row.contact_name,
    opportunityName: row.opportunity_name,
    billingAddress: parseAddressBlock(row.billing_address),
    shippingAddress: parseAddressBlock(row.shipping_address),
    validUntil: row.valid_until,
    introText: row.intro_text,
    terms: row.terms,
    paymentTerms: row.payment_terms,
    ownerName: row.owner_name,
    netCents: Number(row.net_cents),
    grossCents: Number(row.gross_cents),
  };
}
