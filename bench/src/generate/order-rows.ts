// Sales orders of the report data, as booking an order from a quotation writes them
// (sales-orders/booking.ts): customer, texts, lines and totals copied from the ordered quotation,
// a number from `order-<year>`, booked some days after the quotation was submitted — then
// completed or cancelled later, as the order actions leave them (R1's orders, R8's revenue).
import { documentNumber } from '@kontor/domain/quotations';
import type { OrderStatus } from '@kontor/domain/sales-status';
import { documentTotals, type LineItem, lineNetCents } from '@kontor/domain/sales-totals';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { bigint, int, text } from './column-kit.ts';
import type { Random } from './random.ts';
import type { Layout, Value } from './tables.ts';

export type OrderTable = 'sales_orders' | 'sales_order_lines';

export const ORDER_LAYOUT: Layout<OrderTable> = {
  columns: {
    sales_orders: [
      ...['id', 'number', 'quotation_id', 'status', 'opportunity_id', 'lead_id', 'organization_id'].map(text),
      ...['contact_id', 'billing_address', 'shipping_address', 'intro_text', 'terms', 'payment_terms'].map(
        text,
      ),
      text('currency'),
      ...['net_cents', 'tax_cents', 'gross_cents'].map(bigint),
      ...['owner_id', 'team_id', 'order_date', 'delivery_date', 'customer_reference', 'accepted_via'].map(
        text,
      ),
      ...['booked_at', 'completed_at', 'cancelled_at', 'created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
    sales_order_lines: [
      text('id'),
      text('order_id'),
      int('position'),
      text('product_id'),
      text('description'),
      bigint('quantity_milli'),
      text('unit'),
      bigint('unit_price_cents'),
      int('discount_basis_points'),
      int('tax_rate'),
      bigint('net_cents'),
    ],
  },
  order: ['sales_orders', 'sales_order_lines'],
};

const DAY = 86_400_000;

/** How an order of the report data ends: mostly booked or completed, some cancelled. */
export function orderOutcome(random: Random): Exclude<OrderStatus, 'draft'> {
  const r = random.next();
  return r < 0.5 ? 'booked' : r < 0.9 ? 'completed' : 'cancelled';
}

export interface OrderPlan {
  quotationId: string;
  lines: LineItem[];
  /** When the quotation was submitted (ms): the order is booked 1–20 days later. */
  submittedAt: number;
  opportunityId: string;
  leadId: string | null;
  organizationId: string | null;
  owner: string;
  status: Exclude<OrderStatus, 'draft'>;
  sequence: number;
  now: number;
}

/** Writes the order and its lines; returns when it was booked (ms). */
export function writeOrder(
  random: Random,
  add: (table: OrderTable, row: Value[]) => void,
  plan: OrderPlan,
): number {
  const booked = Math.min(plan.now - DAY, plan.submittedAt + random.int(1, 20) * DAY + random.next() * DAY);
  const bookedIso = new Date(booked).toISOString();
  // A completion still ahead leaves the order booked.
  const completed = plan.status === 'completed' ? booked + random.int(5, 40) * DAY : null;
  const status = completed !== null && completed > plan.now ? 'booked' : plan.status;
  const cancelled = status === 'cancelled' ? Math.min(plan.now, booked + random.int(1, 10) * DAY) : null;
  const ended = status === 'completed' ? completed : cancelled;
  const totals = documentTotals(plan.lines);
  // A customer accepting through the link books it with nobody signed in (created_by null).
  const acceptedVia = random.chance(0.15) ? 'customer-link' : 'user';
  const id = newId();
  add('sales_orders', [
    id,
    documentNumber('AUF', new Date(plan.now).getUTCFullYear(), plan.sequence),
    plan.quotationId,
    status,
    plan.opportunityId,
    plan.leadId,
    plan.organizationId,
    null,
    null,
    null,
    null,
    'Lieferung frei Haus.',
    'Zahlbar innerhalb von 14 Tagen netto.',
    'EUR',
    totals.netCents,
    totals.taxCents,
    totals.grossCents,
    plan.owner,
    null,
    bookedIso.slice(0, 10),
    null,
    null,
    acceptedVia,
    bookedIso,
    status === 'completed' && completed !== null ? new Date(completed).toISOString() : null,
    cancelled !== null ? new Date(cancelled).toISOString() : null,
    bookedIso,
    ended !== null ? new Date(ended).toISOString() : bookedIso,
    acceptedVia === 'user' ? plan.owner : null,
    ended !== null ? 2 : 1,
  ]);
  for (const [index, line] of plan.lines.entries())
    add('sales_order_lines', [
      newId(),
      id,
      index + 1,
      line.productId,
      line.description,
      line.quantityMilli,
      line.unit,
      line.unitPriceCents,
      line.discountBasisPoints,
      line.taxRate,
      lineNetCents(line),
    ]);
  return booked;
}
