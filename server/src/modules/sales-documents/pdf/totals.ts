import { type DocumentTotals, documentTotals, type LineAmounts } from '@kontor/domain/sales-totals';
import type { TextStyle } from './canvas.js';
import type { Flow } from './flow.js';
import { formatMoney, formatPercentSign } from './format.js';
import type { Labels } from './labels.js';
import { mm, RIGHT } from './page-layout.js';
import type { PrintLanguage } from './print-model.js';

// Net total, VAT once per rate on that rate's net (§ 14 Abs. 4 Nr. 8 UStG), gross total: all from
// documentTotals, the same function that computes the stored document's totals.

const LABEL_X = mm(95);
const AMOUNT_WIDTH = mm(32);
const LEADING = 13;
const REGULAR: TextStyle = { size: 9.5 };
const BOLD: TextStyle = { size: 10.5, bold: true };

interface TotalsLine {
  label: string;
  amount: string;
  style: TextStyle;
}

/** The printed lines of the totals block, in order. */
export function totalsLines(
  totals: DocumentTotals,
  labels: Labels,
  language: PrintLanguage,
  currency: string,
): TotalsLine[] {
  const money = (cents: number) => formatMoney(cents, currency, language);
  return [
    { label: labels.netTotal, amount: money(totals.netCents), style: REGULAR },
    ...totals.byRate.map((rate) => ({
      label: labels.vat(formatPercentSign(rate.rate * 100, language), money(rate.netCents)),
      amount: money(rate.taxCents),
      style: REGULAR,
    })),
    { label: labels.grossTotal, amount: money(totals.grossCents), style: BOLD },
  ];
}

/** Draws the totals block under the table, kept together on one page. */
export function drawTotals(
  flow: Flow,
  lines: readonly LineAmounts[],
  options: { labels: Labels; language: PrintLanguage; currency: string },
): void {
  const { canvas } = flow;
  const printed = totalsLines(documentTotals(lines), options.labels, options.language, options.currency);
  const labelWidth = RIGHT - AMOUNT_WIDTH - LABEL_X;
  flow.ensure(mm(3) + printed.length * LEADING + mm(2));
  flow.y += mm(3);
  printed.forEach((line, index) => {
    if (index === printed.length - 1) {
      canvas.rule(LABEL_X, flow.y + 1, RIGHT, flow.y + 1, 'black', 0.75);
      flow.y += 3;
    }
    // Even the largest amounts MAX_LINE_AMOUNT_CENTS allows fit their column at the smallest size.
    const labelSize = canvas.fitSize(line.label, labelWidth, line.style, 6.5);
    const amountSize = canvas.fitSize(line.amount, AMOUNT_WIDTH, line.style, 6.5);
    canvas.text(line.label, LABEL_X, flow.y, { ...line.style, size: labelSize });
    canvas.text(line.amount, RIGHT, flow.y, { ...line.style, size: amountSize }, 'right');
    flow.y += LEADING;
  });
  flow.y += mm(2);
}
