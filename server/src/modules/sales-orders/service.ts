import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { hasPermission } from '@kontor/domain/permissions';
import { documentNumber } from '@kontor/domain/quotations';
import type { DocumentLine } from '@kontor/domain/sales-documents';
import {
  allowedOrderActions,
  type CreateSalesOrder,
  SALES_ORDER,
  type SalesOrderDetail,
  type UpdateSalesOrder,
} from '@kontor/domain/sales-orders';
import { canBookOrder } from '@kontor/domain/sales-status';
import { documentTotals } from '@kontor/domain/sales-totals';
import type { Language } from '@kontor/domain/users';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, SalesOrdersTable } from '../../platform/db/schema.js';
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
  ORDER_LINES,
  replaceLines,
  totalColumns,
} from '../sales-documents/document-lines.js';
import { renderSalesDocumentPdf } from '../sales-documents/pdf/render.js';
import { printModelOf } from '../sales-documents/print.js';
import { SALES_ORDER_COLUMNS } from './columns.js';
import { toSalesOrder } from './mapping.js';
import { SalesOrderRepository, type SalesOrderRow } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Sales orders (S4) entered directly: list, detail, create, change and delete drafts, field history. */
export class SalesOrderService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly events: EventBus,
    private readonly profile: CompanyProfileService,
  ) {}

  async list(principal: Principal, query: ListQuery, language: Language) {
    const { rows, nextCursor } = await runList<SalesOrderRow>(
      new SalesOrderRepository(this.db).visible(principal),
      {
        record: SALES_ORDER,
        columns: SALES_ORDER_COLUMNS,
        idColumn: 'sales_orders.id',
        query,
        engine: this.engine,
        language,
      },
    );
    return { items: rows.map(toSalesOrder), nextCursor };
  }

  async get(principal: Principal, id: string, db: Db = this.db): Promise<SalesOrderDetail> {
    const row = await new SalesOrderRepository(db).findVisible(principal, id);
    if (!row) throw notFound('sales-order-not-found');
    return orderDetailOf(db, row);
  }

  /** A draft order for an organisation; its number is drawn now. */
  async create(principal: Principal, input: CreateSalesOrder): Promise<SalesOrderDetail> {
    const id = newId();
    const profile = await this.profile.get();
    await this.db.transaction().execute(async (trx) => {
      const customer = await resolveCustomer(trx, principal, { ...input, leadId: null });
      const ownerId = input.ownerId === undefined ? principal.userId : input.ownerId;
      await checkOwner(trx, principal, ownerId);
      await checkProducts(trx, input.lines);
      const today = companyToday();
      const year = Number(today.slice(0, 4));
      const number = documentNumber('AUF', year, await nextSequenceValue(trx, `order-${year}`));
      const now = nowIso();
      await new SalesOrderRepository(trx).insert({
        id,
        number,
        status: 'draft',
        ...customerColumns(customer),
        billing_address: await addressJson(trx, customer, input.billingAddress),
        shipping_address: await addressJson(trx, customer, input.shippingAddress),
        order_date: input.orderDate === undefined ? today : input.orderDate,
        delivery_date: input.deliveryDate,
        customer_reference: input.customerReference,
        intro_text: input.introText,
        terms: input.terms,
        payment_terms: input.paymentTerms === undefined ? profile.paymentTerms : input.paymentTerms,
        ...totalColumns(input.lines),
        owner_id: ownerId,
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      });
      await insertLines(trx, ORDER_LINES, id, input.lines);
      await this.events.emit(trx, 'records.created', { recordType: SALES_ORDER.type, ids: [id] });
    });
    return this.get(afterWriting(principal), id);
  }

  /** Changes a draft; `lines` replaces all lines and the stored totals are computed anew. */
  async update(principal: Principal, id: string, input: UpdateSalesOrder): Promise<SalesOrderDetail> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new SalesOrderRepository(trx);
      const current = await repository.findVisible(principal, id);
      if (!current) throw notFound('sales-order-not-found');
      if (current.version !== input.version) throw staleVersion();
      const editable = canBookOrder(toSalesOrder(current).status);
      if (!editable.ok) throw conflict(editable.reason);
      const before = customerOf(current);
      const customer = await resolveCustomer(trx, principal, { ...input, leadId: undefined }, before);
      if (input.ownerId !== undefined) await checkOwner(trx, principal, input.ownerId);
      if (input.lines) await checkProducts(trx, input.lines);
      const customerChanged = JSON.stringify(customer) !== JSON.stringify(before);
      const billing = input.billingAddress ?? (customerChanged ? { mode: 'customer' as const } : undefined);
      const change: Updateable<SalesOrdersTable> = {
        ...customerColumns(customer),
        ...(billing ? { billing_address: await addressJson(trx, customer, billing) } : {}),
        ...(input.shippingAddress !== undefined
          ? { shipping_address: await addressJson(trx, customer, input.shippingAddress) }
          : {}),
        ...defined({
          order_date: input.orderDate,
          delivery_date: input.deliveryDate,
          customer_reference: input.customerReference,
          intro_text: input.introText,
          terms: input.terms,
          payment_terms: input.paymentTerms,
          owner_id: input.ownerId,
        }),
        ...(input.lines ? totalColumns(input.lines) : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      const written = input.lines ? await replaceLines(trx, ORDER_LINES, id, input.lines) : undefined;
      const after = await repository.findVisible(afterWriting(principal), id);
      if (!after) throw notFound('sales-order-not-found');
      await this.events.emit(trx, 'record.saved', { recordType: SALES_ORDER.type, id });
      await recordFieldChanges(trx, {
        recordType: SALES_ORDER.type,
        recordId: id,
        changedBy: principal.userId,
        before: historyView(current),
        after: historyView(after),
      });
      return orderDetailOf(trx, after, written);
    });
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.remove(principal, [id], 'sales-order-not-found');
  }

  /** Deletes many draft orders at once, all or none. */
  async bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    if (request.action !== 'delete') throw invalidField('action', 'bulk-action-unsupported');
    if (!hasPermission(principal.permissions, 'orders.delete')) throw forbidden();
    return { affected: await this.remove(principal, [...new Set(request.ids)], 'records-not-found') };
  }

  /** The order confirmation ("Auftragsbestätigung") as a PDF, German business-letter layout. */
  async pdf(principal: Principal, id: string): Promise<{ fileName: string; content: Buffer }> {
    const row = await new SalesOrderRepository(this.db).findVisible(principal, id);
    if (!row) throw notFound('sales-order-not-found');
    const order = toSalesOrder(row);
    const print = await printModelOf(
      this.db,
      'order-confirmation',
      {
        number: row.number,
        revision: 1,
        date: row.order_date,
        validUntil: null,
        deliveryDate: row.delivery_date,
        customerReference: row.customer_reference,
        quotationNumber: order.quotationNumber,
        currency: row.currency,
        organizationId: row.organization_id,
        contactId: row.contact_id,
        ownerId: row.owner_id,
        billingAddress: row.billing_address,
        introText: row.intro_text,
        terms: row.terms,
        paymentTerms: row.payment_terms,
        lines: (await linesOf(this.db, ORDER_LINES, [id])).get(id) ?? [],
      },
      await this.profile.get(),
      companyToday(),
    );
    return { fileName: `${row.number}.pdf`, content: await renderSalesDocumentPdf(print) };
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    if (!(await new SalesOrderRepository(this.db).findVisible(principal, id)))
      throw notFound('sales-order-not-found');
    return listFieldChanges(this.db, SALES_ORDER.type, id);
  }

  /** Only drafts go; a booked order is cancelled instead, as its number went to the customer. */
  private remove(
    principal: Principal,
    ids: readonly string[],
    missing: 'sales-order-not-found' | 'records-not-found',
  ): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const repository = new SalesOrderRepository(trx);
      const rows = await repository
        .visible(principal)
        .where('sales_orders.id', 'in', [...ids])
        .execute();
      if (rows.length !== ids.length) throw new AppError(404, missing);
      for (const row of rows) {
        const verdict = canBookOrder(toSalesOrder(row).status);
        if (!verdict.ok) throw conflict(verdict.reason);
      }
      for (const id of ids)
        await this.events.emit(trx, 'record.deleted', { recordType: SALES_ORDER.type, id });
      await repository.delete(ids);
      return rows.length;
    });
  }
}

/** An order in full, with lines, totals and its actions' verdicts. */
export async function orderDetailOf(
  db: Db,
  row: SalesOrderRow,
  /** The lines when they were just written (no second read). */
  known?: DocumentLine[],
): Promise<SalesOrderDetail> {
  const lines = known ?? (await linesOf(db, ORDER_LINES, [row.id])).get(row.id) ?? [];
  const order = toSalesOrder(row);
  return {
    ...order,
    billingAddress: parseAddressBlock(row.billing_address),
    shippingAddress: parseAddressBlock(row.shipping_address),
    introText: row.intro_text,
    terms: row.terms,
    paymentTerms: row.payment_terms,
    lines,
    totals: documentTotals(lines),
    allowedActions: allowedOrderActions(order.status),
  };
}

/** The header fields a person changes (lines show as the totals they add up to). */
function historyView(row: SalesOrderRow): object {
  return {
    organizationName: row.organization_name,
    contactName: row.contact_name,
    opportunityName: row.opportunity_name,
    billingAddress: parseAddressBlock(row.billing_address),
    shippingAddress: parseAddressBlock(row.shipping_address),
    orderDate: row.order_date,
    deliveryDate: row.delivery_date,
    customerReference: row.customer_reference,
    introText: row.intro_text,
    terms: row.terms,
    paymentTerms: row.payment_terms,
    ownerName: row.owner_name,
    netCents: Number(row.net_cents),
    grossCents: Number(row.gross_cents),
  };
}
