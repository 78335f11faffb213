import { SALES_ORDER, type SalesOrderDetail } from '@kontor/domain/sales-orders';
import {
  canBookOrder,
  canCancelOrder,
  canCompleteOrder,
  type Guard,
  type OrderRefusal,
} from '@kontor/domain/sales-status';
import type { Kysely, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database, SalesOrdersTable } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { conflict, notFound, staleVersion } from '../../platform/http/problem.js';
import type { ActivityRecorder } from '../activities/recorder.js';
import { companyToday } from '../sales-documents/dates.js';
import { documentLinks } from './booking.js';
import { toSalesOrder } from './mapping.js';
import { SalesOrderRepository, type SalesOrderRow } from './repository.js';
import { orderDetailOf } from './service.js';

/**
 * Book, complete and cancel (POST /api/orders/:id/<action> with `{ version }`). Each leaves a
 * system entry on the order's, opportunity's, lead's and customer's timelines; cancelling an
 * order of a quotation emits `sales.changed`, so the quotation is no longer Ordered (back to
 * Open, or Expired by the next expiry run) and its opportunity and lead are derived anew.
 */
export class SalesOrderActions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly events: EventBus,
    private readonly recorder: ActivityRecorder,
  ) {}

  book(principal: Principal, id: string, version: number): Promise<SalesOrderDetail> {
    const today = companyToday();
    return this.act(principal, id, version, canBookOrder, ['booked', 'gebucht'], (row) => ({
      status: 'booked',
      booked_at: nowIso(),
      order_date: row.order_date ?? today,
    }));
  }

  complete(principal: Principal, id: string, version: number): Promise<SalesOrderDetail> {
    return this.act(principal, id, version, canCompleteOrder, ['completed', 'abgeschlossen'], () => ({
      status: 'completed',
      completed_at: nowIso(),
    }));
  }

  cancel(principal: Principal, id: string, version: number): Promise<SalesOrderDetail> {
    return this.act(principal, id, version, canCancelOrder, ['cancelled', 'storniert'], () => ({
      status: 'cancelled',
      cancelled_at: nowIso(),
    }));
  }

  private async act(
    principal: Principal,
    id: string,
    version: number,
    guard: (status: SalesOrderDetail['status']) => Guard<OrderRefusal>,
    /** The system entry's key suffix and German past participle. */
    [key, done]: [string, string],
    change: (row: SalesOrderRow) => Updateable<SalesOrdersTable>,
  ): Promise<SalesOrderDetail> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new SalesOrderRepository(trx);
      const row = await repository.findVisible(principal, id);
      if (!row) throw notFound('sales-order-not-found');
      if (row.version !== version) throw staleVersion();
      const verdict = guard(toSalesOrder(row).status);
      if (!verdict.ok) throw conflict(verdict.reason);
      if (!(await repository.updateIfVersion(id, version, { ...change(row), updated_at: nowIso() })))
        throw staleVersion();
      // Whether the quotation counts as ordered changed (booked or cancelled): re-derive it.
      if (row.quotation_id)
        await this.events.emit(trx, 'sales.changed', {
          quotationIds: [row.quotation_id],
          by: principal.userId,
        });
      await this.recorder.record(trx, {
        type: 'system',
        subject: `Auftrag ${row.number} ${done}`,
        systemKey: `order.${key}`,
        links: documentLinks(row, { recordType: SALES_ORDER.type, recordId: id }),
        createdBy: principal.userId,
      });
    });
    const row = await new SalesOrderRepository(this.db).findVisible(principal, id);
    if (!row) throw notFound('sales-order-not-found');
    return orderDetailOf(this.db, row);
  }
}
