import type { ReportDef } from '@kontor/domain/reports';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { joinOfColumn } from '../../platform/db/joining.js';
import type { Database } from '../../platform/db/schema.js';
import { SALES_ORDER_COLUMNS } from '../sales-orders/columns.js';
import { SalesOrderRepository } from '../sales-orders/repository.js';
import type {
  AnySelect,
  GroupedDimension,
  GroupedMeasure,
  GroupedSpec,
  ReportContext,
} from './definition.js';
import { byName, namesFrom } from './labels.js';
import { WON_ORDER } from './won-orders.js';

/**
 * The two grains of the sales analysis (R8), over the visible won orders (booked or completed,
 * by booking date — the funnel's definition, see won-orders.ts):
 *
 * - per order, for owner, team, customer and period: revenue is the orders' net, the count the
 *   orders', the average their mean net;
 * - per order line, as soon as product or category splits the orders: revenue is the lines'
 *   net and the count the distinct orders holding such lines. An order's net is exactly the sum
 *   of its lines' rounded nets (domain/sales-totals.ts documentTotals: no order-level discount,
 *   freight or rounding), so the lines' revenue adds up to the orders' revenue, and the totals of
 *   both grains agree. An order of two products counts once under each product.
 */

type Grain = 'order' | 'line';

/** Net sums and counts per grain; the average is revenue ÷ orders, rounded half away from zero to a cent. */
function measuresOf(grain: Grain): GroupedMeasure[] {
  const revenue = grain === 'order' ? WON_ORDER.revenue : sql<number | string | null>`sum(line.net_cents)`;
  const orders = sql<
    number | string
  >`${grain === 'order' ? sql`count(*)` : sql`count(distinct sales_orders.id)`}`;
  return [
    { key: 'revenue', aggregate: revenue, drills: true, additive: true },
    // An order of two products counts under each: the distinct counts of the line grain do not add up.
    { key: 'count', aggregate: orders, drills: true, additive: grain === 'order' },
    { key: 'average', aggregate: sql`round(${revenue} * 1.0 / nullif(${orders}, 0))`, drills: false },
  ];
}

/** The order list cannot filter by team: those figures have no drill-down. */
const ORDER_DIMENSIONS: GroupedDimension[] = [
  {
    key: 'owner',
    group: sql`sales_orders.owner_id`,
    labels: namesFrom('users'),
    drill: byName('ownerName'),
  },
  { key: 'team', group: sql`sales_orders.team_id`, labels: namesFrom('teams'), drill: () => null },
  {
    key: 'customer',
    group: sql`sales_orders.organization_id`,
    labels: namesFrom('organizations'),
    drill: byName('organizationName'),
  },
];

/**
 * A line counts under its product's own category: a parent category's row holds only the
 * products filed directly under it, not its subcategories' — so the rows add up to the total
 * and no line counts twice. The label names the parent ("Maschinen › Fräsen"), so a split tree
 * still reads as one. No list filters orders by product, so neither dimension drills down.
 */
const LINE_DIMENSIONS: GroupedDimension[] = [
  { key: 'product', group: sql`line.product_id`, labels: namesFrom('products'), drill: () => null },
  {
    key: 'category',
    group: sql`product.category_id`,
    joins: ['product'],
    labels: categoryLabels,
    drill: () => null,
  },
];

async function categoryLabels(db: Kysely<Database>, keys: string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('product_categories as category')
    .leftJoin('product_categories as parent', 'parent.id', 'category.parent_id')
    .select(['category.id', 'category.name', 'parent.name as parent'])
    .where('category.id', 'in', keys)
    .execute();
  return new Map(rows.map((row) => [row.id, row.parent ? `${row.parent} › ${row.name}` : row.name]));
}

export const LINE_DIMENSION_KEYS = LINE_DIMENSIONS.map((dimension) => dimension.key);

function visibleOrders(context: ReportContext, joins: ReadonlySet<string>): AnySelect {
  return new SalesOrderRepository(context.db).visibleJoining(context.principal, joins);
}

/** The grouped report of one grain: every order or every line of the visible won orders. */
export function salesGrain(def: ReportDef, grain: Grain): GroupedSpec {
  return {
    def,
    permissions: ['orders.read'],
    list: 'order',
    columns: SALES_ORDER_COLUMNS,
    base:
      grain === 'order'
        ? visibleOrders
        : (context, joins) => {
            // Orders without lines stay in (with no line), so both grains count the same orders.
            const lines = visibleOrders(context, joins).leftJoin(
              'sales_order_lines as line',
              'line.order_id',
              'sales_orders.id',
            );
            return joins.has('product')
              ? lines.leftJoin('products as product', 'product.id', 'line.product_id')
              : lines;
          },
    joinsOfFilter: (key) => joinOfColumn(SALES_ORDER_COLUMNS, 'sales_orders', key),
    periodColumn: { sql: WON_ORDER.date.sql, kind: 'datetime', filterKey: WON_ORDER.date.filterKey },
    fixed: (context) => [{ where: WON_ORDER.where, drill: WON_ORDER.drill(context.language) }],
    measures: measuresOf(grain),
    dimensions: grain === 'order' ? ORDER_DIMENSIONS : [...ORDER_DIMENSIONS, ...LINE_DIMENSIONS],
  };
}
