import { formatIban } from '@kontor/domain/iban';
import type { Canvas, TextStyle } from './canvas.js';
import type { Labels } from './labels.js';
import {
  CONTENT_WIDTH,
  FOLD_MARKS,
  FOOTER_RULE_Y,
  FOOTER_Y,
  GREY,
  HEADER_TOP,
  LEFT,
  mm,
  PAGE_NUMBER_Y,
  PUNCH_MARK,
  RIGHT,
  RULE_GREY,
} from './page-layout.js';
import type { PrintCompany } from './print-model.js';

// What every page shows of the sender: the letterhead on the first page, a short head on the
// others, and on all of them the footer with the particulars § 35a GmbHG / § 37a HGB require on
// business letters, the page number, and the fold and punch marks.

const NAME: TextStyle = { bold: true, size: 15 };
const SMALL: TextStyle = { size: 8, color: GREY };
const FOOTER: TextStyle = { size: 7, color: GREY };
const FOOTER_LEADING = 8.5;
/** The footer has room for six lines between its rule and the page's lower edge. */
const FOOTER_LINES = 6;

const joined = (separator: string, ...parts: (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join(separator);

/** "Hauptstraße 5a" and "80331 München" as the company writes its address. */
export function companyAddressLines(company: PrintCompany): string[] {
  return [
    joined(' ', company.street, company.houseNumber),
    joined(' ', company.postalCode, company.city),
  ].filter(Boolean);
}

/** First page: name (and addition) on the left, address and contact data on the right. */
export function drawLetterhead(canvas: Canvas, company: PrintCompany, labels: Labels): void {
  const nameWidth = mm(95);
  const name = canvas.fit(company.name, nameWidth, NAME, 10);
  let y = HEADER_TOP;
  for (const line of name.lines) {
    canvas.text(line, LEFT, y, { ...NAME, size: name.size });
    y += name.size * 1.2;
  }
  if (company.nameAddition) {
    for (const line of canvas.wrap(company.nameAddition, nameWidth, { size: 9, color: GREY })) {
      canvas.text(line, LEFT, y, { size: 9, color: GREY });
      y += 11;
    }
  }
  const contact = [
    ...companyAddressLines(company),
    joined(' ', company.phone && labels.phone, company.phone),
    joined(' ', company.email && labels.email, company.email),
    company.website ?? '',
  ].filter(Boolean);
  contact.forEach((line, index) => {
    const size = canvas.fitSize(line, mm(60), SMALL, 6);
    canvas.text(line, RIGHT, HEADER_TOP + index * 10, { ...SMALL, size }, 'right');
  });
}

/**
 * Everything drawn on every page once all pages exist (PDFKit buffers them), since "Seite 1 von
 * 3" needs the page count: footer, page number, marks, and the short head of later pages.
 */
export function decoratePages(canvas: Canvas, company: PrintCompany, labels: Labels, subject: string): void {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  const footer = footerColumns(company, labels);
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const page = index - range.start + 1;
    if (page > 1) drawContinuationHead(canvas, company, subject);
    drawFooter(canvas, footer);
    canvas.text(labels.page(page, range.count), RIGHT, PAGE_NUMBER_Y, SMALL, 'right');
    for (const y of [...FOLD_MARKS, PUNCH_MARK]) canvas.rule(mm(4), y, mm(8), y, RULE_GREY, 0.5);
  }
}

function drawContinuationHead(canvas: Canvas, company: PrintCompany, subject: string): void {
  const y = mm(12);
  canvas.text(company.name, LEFT, y, { ...SMALL, bold: true });
  canvas.text(subject, RIGHT, y, SMALL, 'right');
  canvas.rule(LEFT, mm(17), RIGHT, mm(17), RULE_GREY);
}

/** The footer's columns, each a list of lines; empty columns are left out. */
export function footerColumns(company: PrintCompany, labels: Labels): string[][] {
  return [
    [company.name, company.nameAddition ?? '', ...companyAddressLines(company)],
    [
      company.managingDirectors ? `${labels.managingDirectors}:` : '',
      company.managingDirectors ?? '',
      company.registerCourt || company.registerNumber ? `${labels.register}:` : '',
      company.registerCourt ?? '',
      company.registerNumber ?? '',
    ],
    [
      joined(' ', company.vatId && labels.vatId, company.vatId),
      joined(' ', company.taxNumber && labels.taxNumber, company.taxNumber),
    ],
    [
      company.bankName ?? '',
      joined(' ', company.iban && 'IBAN', company.iban && formatIban(company.iban)),
      joined(' ', company.bic && 'BIC', company.bic),
    ],
  ]
    .map((column) => column.filter(Boolean))
    .filter((column) => column.length > 0);
}

function drawFooter(canvas: Canvas, columns: string[][]): void {
  if (columns.length === 0) return;
  canvas.rule(LEFT, FOOTER_RULE_Y, RIGHT, FOOTER_RULE_Y, RULE_GREY);
  const width = CONTENT_WIDTH / columns.length;
  columns.forEach((column, index) => {
    const x = LEFT + index * width;
    // An IBAN or register line gets a little smaller rather than broken in two.
    const lines = column
      .map((line) => canvas.fit(line, width - mm(3), FOOTER, 6))
      .flatMap((fitted) => fitted.lines.map((text) => ({ text, size: fitted.size })));
    // Longer than the footer's room can only be several very long names; the page edge is the limit.
    lines.slice(0, FOOTER_LINES).forEach((line, row) => {
      canvas.text(line.text, x, FOOTER_Y + row * FOOTER_LEADING, { ...FOOTER, size: line.size });
    });
  });
}
