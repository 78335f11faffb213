import { hasPermission } from '@kontor/domain/permissions';
import type { ReportDef } from '@kontor/domain/reports';
import { forbidden } from '../../platform/http/problem.js';
import { SALES_ORDER_COLUMNS } from '../sales-orders/columns.js';
import type { ServerReport } from './definition.js';
import { groupedReport } from './grouped.js';
import { LINE_DIMENSION_KEYS, salesGrain } from './sales-analysis-grains.js';

const DEF: ReportDef = {
  name: 'sales',
  title: { de: 'Umsatzanalyse', en: 'Sales analysis' },
  description: {
    de: 'Umsatz gebuchter Aufträge nach Verkäufer, Team, Kunde, Produkt und Produktkategorie je Zeitraum, im Vergleich zum Vorzeitraum.',
    en: 'Revenue of booked orders by salesperson, team, customer, product and product category per period, compared with the period before.',
  },
  record: 'order',
  measures: [
    { key: 'revenue', label: { de: 'Umsatz (netto)', en: 'Revenue (net)' }, kind: 'money' },
    { key: 'count', label: { de: 'Aufträge', en: 'Orders' }, kind: 'count' },
    { key: 'average', label: { de: 'Ø Auftragswert', en: 'Avg. order value' }, kind: 'money' },
  ],
  dimensions: [
    { key: 'period', label: { de: 'Zeitraum', en: 'Period' }, kind: 'period' },
    { key: 'owner', label: { de: 'Verkäufer', en: 'Salesperson' }, kind: 'record' },
    { key: 'team', label: { de: 'Team', en: 'Team' }, kind: 'record' },
    { key: 'customer', label: { de: 'Kunde', en: 'Customer' }, kind: 'record' },
    { key: 'product', label: { de: 'Produkt', en: 'Product' }, kind: 'record' },
    { key: 'category', label: { de: 'Produktkategorie', en: 'Product category' }, kind: 'record' },
  ],
  filters: Object.entries(SALES_ORDER_COLUMNS)
    .filter(([, column]) => column.field.filterable)
    .map(([key]) => key),
  periodField: { de: 'Gebucht am', en: 'Booked' },
  charts: ['bar', 'line', 'stacked-bar', 'pie'],
  defaults: {
    groupBy: ['period'],
    measures: ['revenue', 'count', 'average'],
    sort: null,
    chart: 'bar',
    grain: 'month',
    period: 'year',
  },
};

const byOrder = groupedReport(salesGrain(DEF, 'order'));
const byLine = groupedReport(salesGrain(DEF, 'line'));

/**
 * R8 Sales analysis ("Umsatzanalyse"): won orders' net revenue, count and average value per
 * period (by booking date in Berlin) and by salesperson, team, customer, product or category;
 * `compare=1` adds the period before. Splitting by product or category reads the order lines
 * (see sales-analysis-grains.ts) and shows product names, so it needs products.read as well.
 */
export const salesAnalysisReport: ServerReport = {
  def: DEF,
  permissions: ['orders.read'],
  compute: (context) => {
    const byProduct = context.view.groupBy.some((key) => LINE_DIMENSION_KEYS.includes(key));
    if (byProduct && !hasPermission(context.principal.permissions, 'products.read'))
      throw forbidden('report-needs-products');
    return (byProduct ? byLine : byOrder).compute(context);
  },
};
