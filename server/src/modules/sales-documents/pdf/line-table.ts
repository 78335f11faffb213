import { formatQuantity, type LineItem, lineNetCents } from '@kontor/domain/sales-totals';
import type { Canvas, TextStyle } from './canvas.js';
import { type Flow, FULL_PAGE_ROOM } from './flow.js';
import { formatMoney, formatPercentSign } from './format.js';
import type { Labels } from './labels.js';
import { GREY, LEFT, mm, RIGHT, RULE_GREY } from './page-layout.js';
import type { PrintLanguage } from './print-model.js';

// The table of line items: head repeated on every page it runs over, a row never split across
// pages (unless it alone is taller than a page, when it continues at a line boundary).

type ColumnKey = keyof Labels['columns'];

interface Column {
  key: ColumnKey;
  width: number;
  align: 'left' | 'right';
}

const FIXED: Column[] = [
  { key: 'position', width: mm(9), align: 'left' },
  { key: 'description', width: 0, align: 'left' },
  { key: 'quantity', width: mm(16), align: 'right' },
  { key: 'unit', width: mm(13), align: 'left' },
  { key: 'unitPrice', width: mm(23), align: 'right' },
  { key: 'discount', width: mm(13), align: 'right' },
  { key: 'taxRate', width: mm(11), align: 'right' },
  { key: 'net', width: mm(25), align: 'right' },
];
const GAP = mm(2);

/** Left and right edge of each column's text; the description takes what the others leave. */
const CELLS = (() => {
  const fixed = FIXED.reduce((sum, column) => sum + column.width, 0);
  let x = LEFT;
  return FIXED.map((column, index) => {
    const width = column.key === 'description' ? RIGHT - LEFT - fixed : column.width;
    const left = x + (index === 0 ? 0 : GAP / 2);
    x += width;
    const right = x - (index === FIXED.length - 1 ? 0 : GAP / 2);
    return { ...column, left, right };
  });
})();

const HEAD: TextStyle = { bold: true, size: 8, color: GREY };
const CELL: TextStyle = { size: 9 };
const LEADING = 11;
const PAD_TOP = 3;
const PAD_BOTTOM = 3;
const MIN_SIZE = 6;

interface Cell {
  lines: string[];
  size: number;
}

interface Row {
  cells: Map<ColumnKey, Cell>;
}

export interface LineTableOptions {
  labels: Labels;
  language: PrintLanguage;
  currency: string;
}

/** Draws all lines from the flow's position on, breaking pages as needed. */
export function drawLineTable(flow: Flow, lines: readonly LineItem[], options: LineTableOptions): void {
  const { canvas } = flow;
  const head = headRow(canvas, options.labels);
  const headHeight = rowHeight(head);
  const rows = lines.map((line, index) => lineRow(canvas, line, index, options));
  // The head never stands alone at the foot of a page.
  flow.ensure(headHeight + (rows[0] ? rowHeight(rows[0]) : 0));
  drawRow(flow, head, HEAD);
  flow.onNewPage = () => drawRow(flow, head, HEAD);
  for (const row of rows) placeRow(flow, row, headHeight);
  flow.onNewPage = null;
}

function headRow(canvas: Canvas, labels: Labels): Row {
  const cells = new Map<ColumnKey, Cell>();
  for (const column of CELLS) cells.set(column.key, fitted(canvas, labels.columns[column.key], column, HEAD));
  return { cells };
}

function lineRow(canvas: Canvas, line: LineItem, index: number, options: LineTableOptions): Row {
  const { language, currency } = options;
  const texts: Record<ColumnKey, string> = {
    position: String(index + 1),
    description: line.description,
    quantity: formatQuantity(line.quantityMilli, language),
    unit: line.unit,
    unitPrice: formatMoney(line.unitPriceCents, currency, language),
    // No discount is left blank, so the discounts there are stand out.
    discount: line.discountBasisPoints > 0 ? formatPercentSign(line.discountBasisPoints, language) : '',
    taxRate: formatPercentSign(line.taxRate * 100, language),
    net: formatMoney(lineNetCents(line), currency, language),
  };
  const cells = new Map<ColumnKey, Cell>();
  for (const column of CELLS) {
    const text = texts[column.key];
    cells.set(
      column.key,
      column.key === 'description'
        ? { lines: canvas.wrap(text, column.right - column.left, CELL), size: CELL.size }
        : fitted(canvas, text, column, CELL),
    );
  }
  return { cells };
}

function fitted(canvas: Canvas, text: string, column: (typeof CELLS)[number], style: TextStyle): Cell {
  return canvas.fit(text, column.right - column.left, style, MIN_SIZE);
}

function lineCount(row: Row): number {
  return Math.max(...[...row.cells.values()].map((cell) => cell.lines.length));
}

function rowHeight(row: Row): number {
  return PAD_TOP + lineCount(row) * LEADING + PAD_BOTTOM;
}

/**
 * Moves a row that does not fit to the next page whole. Only a row taller than a whole page
 * (a description of many hundred words) is cut, between lines, its numbers on the first part.
 */
function placeRow(flow: Flow, row: Row, headHeight: number): void {
  if (rowHeight(row) > flow.room && rowHeight(row) <= FULL_PAGE_ROOM - headHeight) flow.newPage();
  let rest = row;
  while (rowHeight(rest) > flow.room) {
    const fitting = Math.floor((flow.room - PAD_TOP - PAD_BOTTOM) / LEADING);
    if (fitting < 1) {
      flow.newPage();
      continue;
    }
    const [part, remainder] = splitRow(rest, fitting);
    drawRow(flow, part, CELL);
    rest = remainder;
    flow.newPage();
  }
  drawRow(flow, rest, CELL);
}

/** The first `count` description lines with all other cells, and the remaining description alone. */
function splitRow(row: Row, count: number): [Row, Row] {
  const description = row.cells.get('description') as Cell;
  const part = new Map(row.cells);
  part.set('description', { ...description, lines: description.lines.slice(0, count) });
  const rest = new Map<ColumnKey, Cell>([
    ['description', { ...description, lines: description.lines.slice(count) }],
  ]);
  return [{ cells: part }, { cells: rest }];
}

function drawRow(flow: Flow, row: Row, style: TextStyle): void {
  const { canvas } = flow;
  const top = flow.y + PAD_TOP;
  for (const column of CELLS) {
    const cell = row.cells.get(column.key);
    if (!cell) continue;
    const cellStyle = { ...style, size: cell.size };
    cell.lines.forEach((line, index) => {
      const x = column.align === 'right' ? column.right : column.left;
      canvas.text(line, x, top + index * LEADING, cellStyle, column.align);
    });
  }
  flow.y += rowHeight(row);
  canvas.rule(LEFT, flow.y, RIGHT, flow.y, style === HEAD ? GREY : RULE_GREY, style === HEAD ? 0.75 : 0.3);
}
