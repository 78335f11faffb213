import type { CompanyProfile } from '@kontor/domain/company-profile';
import type { BulkAction, ListQuery, RecordTypeDef } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { hasPermission, type Permission } from '@kontor/domain/permissions';
import { documentNumber } from '@kontor/domain/quotations';
import type { AddressChoice, DocumentLine } from '@kontor/domain/sales-documents';
import { documentTotals, type LineItem } from '@kontor/domain/sales-totals';
import type { Language } from '@kontor/domain/users';
import type { Insertable, Kysely, SelectQueryBuilder, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
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
import type { ListColumns } from '../../platform/lists/columns.js';
import { runList } from '../../platform/lists/run-list.js';
import type { CompanyProfileService } from '../company-profile/service.js';
import { addressJson, customerColumns, customerOf, defined } from './columns.js';
import { type CustomerInput, checkOwner, parseAddressBlock, resolveCustomer } from './customer.js';
import { companyToday } from './dates.js';
import {
  checkProducts,
  insertLines,
  type LineTable,
  linesOf,
  replaceLines,
  totalColumns,
} from './document-lines.js';
import type { SalesDocumentKind } from './pdf/print-model.js';
import { renderSalesDocumentPdf } from './pdf/render.js';
import { type PrintableDocument, printModelOf } from './print.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored quotation or order with the names lists show: the columns both tables and repositories share. */
export interface DocumentRow {
  id: string;
  version: number;
  organization_id: string | null;
  lead_id: string | null;
  opportunity_id: string | null;
  contact_id: string | null;
  billing_address: string | null;
  shipping_address: string | null;
  intro_text: string | null;
  terms: string | null;
  payment_terms: string | null;
  net_cents: number | string;
  gross_cents: number | string;
  organization_name: string | null;
  contact_name: string | null;
  opportunity_name: string | null;
  owner_name: string | null;
}

/** What QuotationRepository and SalesOrderRepository both offer. */
export interface DocumentRepository<Row, Table> {
  visible(principal: Principal): SelectQueryBuilder<Database, never, Row>;
  findVisible(principal: Principal, id: string): Promise<Row | undefined>;
  findVisibleMany(principal: Principal, ids: readonly string[]): Promise<Row[]>;
  insert(row: Insertable<Table>): Promise<void>;
  updateIfVersion(id: string, version: number, change: Updateable<Table>): Promise<boolean>;
  delete(ids: readonly string[]): Promise<void>;
}

/** The fields a new document and a change share (the rest are the kind's own columns). */
interface DocumentInput extends CustomerInput {
  billingAddress?: AddressChoice | null;
  shippingAddress?: AddressChoice | null;
  introText?: string | null;
  terms?: string | null;
  paymentTerms?: string | null;
  ownerId?: string | null;
  lines?: LineItem[];
}
export interface DocumentCreate extends DocumentInput {
  billingAddress: AddressChoice | null;
  shippingAddress: AddressChoice | null;
  introText: string | null;
  lines: LineItem[];
}
export interface DocumentUpdate extends DocumentInput {
  version: number;
}

/** A refusal key the problem catalogue knows, as the domain guards return them. */
type Verdict = { ok: true } | { ok: false; reason: Parameters<typeof conflict>[0] };

/** What tells a quotation from an order in the machinery they share. */
export interface DocumentKind<Row, Table> {
  record: RecordTypeDef;
  columns: ListColumns;
  idColumn: 'quotations.id' | 'sales_orders.id';
  lines: LineTable;
  missing: 'quotation-not-found' | 'sales-order-not-found';
  deletePermission: Permission;
  /** Number prefix and the sequence it is drawn from (`<sequence>-<year>`). */
  numberPrefix: 'ANG' | 'AUF';
  sequence: 'quotation' | 'order';
  print: SalesDocumentKind;
  repository(db: Db): DocumentRepository<Row, Table>;
}

/**
 * A sales document service (quotations S3, orders S4): list, detail, create, change and delete
 * drafts, field history and the PDF, the same for both kinds; a subclass says only what its
 * kind stores beyond the shared columns and when a document may still change.
 */
export abstract class SalesDocumentService<
  Row extends DocumentRow,
  Table,
  Item,
  Detail,
  Create extends DocumentCreate,
  Update extends DocumentUpdate,
> {
  protected abstract readonly kind: DocumentKind<Row, Table>;

  constructor(
    protected readonly db: Kysely<Database>,
    private readonly engine: Engine,
    protected readonly events: EventBus,
    protected readonly profile: CompanyProfileService,
  ) {}

  /** The list item of a row. */
  protected abstract itemOf(row: Row): Item;
  /** The document in full; `known` are lines just written (no second read). */
  protected abstract detailOf(db: Db, row: Row, known?: DocumentLine[]): Promise<Detail>;
  /** The customer references as resolveCustomer takes them. */
  protected abstract customerInput(input: Create | Update): CustomerInput;
  /** The kind's own columns of a new draft. */
  protected abstract createColumns(input: Create, today: string, profile: CompanyProfile): object;
  /** The kind's own columns a change sends (absent ones left out). */
  protected abstract changedColumns(input: Update): object;
  /** Whether a stored document may still be changed or deleted (drafts only). */
  protected abstract editable(row: Row): Verdict;
  /** The header fields field history compares. */
  protected abstract historyView(row: Row): object;
  /** The print fields beyond the shared ones, and the PDF's file name. */
  protected abstract printable(row: Row): Omit<PrintableDocument, SharedPrintField>;
  protected abstract fileName(row: Row): string;
  /** Runs in the deleting transaction after the rows went (quotations reinstate predecessors). */
  protected async afterRemove(
    _trx: Transaction<Database>,
    _principal: Principal,
    _rows: Row[],
  ): Promise<void> {}

  async list(principal: Principal, query: ListQuery, language: Language) {
    const { rows, nextCursor } = await runList<Row & Record<string, unknown>>(
      this.kind.repository(this.db).visible(principal),
      {
        record: this.kind.record,
        columns: this.kind.columns,
        idColumn: this.kind.idColumn,
        query,
        engine: this.engine,
        language,
      },
    );
    return { items: rows.map((row) => this.itemOf(row)), nextCursor };
  }

  /** One document in full; pass the caller's transaction when inside one. */
  async get(principal: Principal, id: string, db: Db = this.db): Promise<Detail> {
    return this.detailOf(db, await this.row(db, principal, id));
  }

  /** A draft; its number is drawn now, left-out texts come from the company profile. */
  async create(principal: Principal, input: Create): Promise<Detail> {
    const id = newId();
    const profile = await this.profile.get();
    await this.db.transaction().execute(async (trx) => {
      const customer = await resolveCustomer(trx, principal, this.customerInput(input));
      if (!customer.organizationId && !customer.leadId)
        throw invalidField('organizationId', 'sales-needs-customer');
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      await checkOwner(trx, principal, ownerId);
      await checkProducts(trx, input.lines);
      const today = companyToday();
      const year = Number(today.slice(0, 4));
      const sequence = await nextSequenceValue(trx, `${this.kind.sequence}-${year}`);
      const now = nowIso();
      await this.kind.repository(trx).insert({
        id,
        number: documentNumber(this.kind.numberPrefix, year, sequence),
        status: 'draft',
        ...customerColumns(customer),
        billing_address: await addressJson(trx, customer, input.billingAddress),
        shipping_address: await addressJson(trx, customer, input.shippingAddress),
        intro_text: input.introText,
        payment_terms: input.paymentTerms === undefined ? profile.paymentTerms : input.paymentTerms,
        ...this.createColumns(input, today, profile),
        ...totalColumns(input.lines),
        owner_id: ownerId,
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      } as unknown as Insertable<Table>);
      await insertLines(trx, this.kind.lines, id, input.lines);
      await this.events.emit(trx, 'records.created', { recordType: this.kind.record.type, ids: [id] });
    });
    return this.get(afterWriting(principal), id);
  }

  /** Changes a draft; `lines` replaces all lines and the stored totals are computed anew. */
  async update(principal: Principal, id: string, input: Update): Promise<Detail> {
    return this.db.transaction().execute(async (trx) => {
      const repository = this.kind.repository(trx);
      const current = await this.row(trx, principal, id);
      if (current.version !== input.version) throw staleVersion();
      const editable = this.editable(current);
      if (!editable.ok) throw conflict(editable.reason);
      const before = customerOf(current);
      const customer = await resolveCustomer(trx, principal, this.customerInput(input), before);
      if (!customer.organizationId && !customer.leadId)
        throw invalidField('organizationId', 'sales-needs-customer');
      if (input.ownerId !== undefined) await checkOwner(trx, principal, input.ownerId);
      if (input.lines) await checkProducts(trx, input.lines);
      // A new customer without an address sent gets the new customer's address.
      const customerChanged = JSON.stringify(customer) !== JSON.stringify(before);
      const billing = input.billingAddress ?? (customerChanged ? { mode: 'customer' as const } : undefined);
      const change = {
        ...customerColumns(customer),
        ...(billing ? { billing_address: await addressJson(trx, customer, billing) } : {}),
        ...(input.shippingAddress !== undefined
          ? { shipping_address: await addressJson(trx, customer, input.shippingAddress) }
          : {}),
        ...defined({
          intro_text: input.introText,
          terms: input.terms,
          payment_terms: input.paymentTerms,
          owner_id: input.ownerId,
        }),
        ...this.changedColumns(input),
        ...(input.lines ? totalColumns(input.lines) : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateIfVersion(id, input.version, change as Updateable<Table>)))
        throw staleVersion();
      const written = input.lines ? await replaceLines(trx, this.kind.lines, id, input.lines) : undefined;
      // The joined names change only with the customer or owner; otherwise the row is known.
      const after =
        customerChanged || input.ownerId !== undefined
          ? await this.row(trx, afterWriting(principal), id)
          : ({ ...current, ...change, version: current.version + 1 } as Row);
      await this.events.emit(trx, 'record.saved', { recordType: this.kind.record.type, id });
      await recordFieldChanges(trx, {
        recordType: this.kind.record.type,
        recordId: id,
        changedBy: principal.userId,
        before: this.historyView(current),
        after: this.historyView(after),
      });
      return this.detailOf(trx, after, written);
    });
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.remove(principal, [id], this.kind.missing);
  }

  /** Deletes many drafts at once, all or none; the only bulk action sales documents have. */
  async bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    if (request.action !== 'delete') throw invalidField('action', 'bulk-action-unsupported');
    if (!hasPermission(principal.permissions, this.kind.deletePermission)) throw forbidden();
    return { affected: await this.remove(principal, [...new Set(request.ids)], 'records-not-found') };
  }

  /** The document as the PDF the customer gets (German business-letter layout). */
  async pdf(principal: Principal, id: string): Promise<{ fileName: string; content: Buffer }> {
    const row = await this.row(this.db, principal, id);
    return { fileName: this.fileName(row), content: await renderSalesDocumentPdf(await this.print(row)) };
  }

  /** The print model of a document (PDF and the customer link's page), in the reader's language if given. */
  async print(row: Row, language?: 'de' | 'en', db: Db = this.db) {
    const lines = (await linesOf(db, this.kind.lines, [row.id])).get(row.id) ?? [];
    return printModelOf(
      db,
      this.kind.print,
      {
        ...this.printable(row),
        organizationId: row.organization_id,
        contactId: row.contact_id,
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
    await this.row(this.db, principal, id);
    return listFieldChanges(this.db, this.kind.record.type, id);
  }

  private async row(db: Db, principal: Principal, id: string): Promise<Row> {
    const row = await this.kind.repository(db).findVisible(principal, id);
    if (!row) throw notFound(this.kind.missing);
    return row;
  }

  /** Deletes visible drafts in one transaction; a document sent to the customer refuses all (it is cancelled instead). */
  private remove(
    principal: Principal,
    ids: readonly string[],
    missing: DocumentKind<Row, Table>['missing'] | 'records-not-found',
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const repository = this.kind.repository(trx);
      const rows = await repository.findVisibleMany(principal, ids);
      if (rows.length !== ids.length) throw new AppError(404, missing);
      for (const row of rows) {
        const verdict = this.editable(row);
        if (!verdict.ok) throw conflict(verdict.reason);
      }
      for (const id of ids)
        await this.events.emit(trx, 'record.deleted', { recordType: this.kind.record.type, id });
      await repository.delete(ids);
      await this.afterRemove(trx, principal, rows);
      return rows.length;
    });
  }
}

type SharedPrintField =
  | 'organizationId'
  | 'contactId'
  | 'billingAddress'
  | 'introText'
  | 'terms'
  | 'paymentTerms'
  | 'lines';

/** The detail fields both kinds share: printed addresses, texts, lines and their totals. */
export function documentDetail(row: DocumentRow, lines: DocumentLine[]) {
  return {
    billingAddress: parseAddressBlock(row.billing_address),
    shippingAddress: parseAddressBlock(row.shipping_address),
    introText: row.intro_text,
    terms: row.terms,
    paymentTerms: row.payment_terms,
    lines,
    totals: documentTotals(lines),
  };
}

/**
 * The header fields a person changes, for field history: customer names (with the kind's own,
 * e.g. the lead, after the organisation), addresses, the kind's dates, texts, owner and totals
 * (lines show as the totals they add up to).
 */
export function documentHistoryView(row: DocumentRow, own: { customer?: object; dates: object }): object {
  return {
    organizationName: row.organization_name,
    ...own.customer,
    contactName: row.contact_name,
    opportunityName: row.opportunity_name,
    billingAddress: parseAddressBlock(row.billing_address),
    shippingAddress: parseAddressBlock(row.shipping_address),
    ...own.dates,
    introText: row.intro_text,
    terms: row.terms,
    paymentTerms: row.payment_terms,
    ownerName: row.owner_name,
    netCents: Number(row.net_cents),
    grossCents: Number(row.gross_cents),
  };
}
