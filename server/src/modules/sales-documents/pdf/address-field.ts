import { MAX_ADDRESS_LINES } from '@kontor/domain/address-block';
import type { Canvas, TextStyle } from './canvas.js';
import { documentNumber, formatDate } from './format.js';
import type { Labels } from './labels.js';
import { companyAddressLines } from './letterhead.js';
import { ADDRESS_FIELD, GREY, INFO_BLOCK, LEFT, mm } from './page-layout.js';
import type { SalesDocumentPrint } from './print-model.js';

// The first page's address field (return address and recipient, for window envelopes) and the
// information block beside it: date, numbers and who to ask.

const RETURN_LINE: TextStyle = { size: 6.5, color: GREY };
const RECIPIENT: TextStyle = { size: 10 };
/** 4.23 mm, the line pitch DIN 5008 sets for the address field. */
const RECIPIENT_LEADING = mm(4.23);
const INFO_LABEL: TextStyle = { size: 8, color: GREY };
const INFO_VALUE: TextStyle = { size: 8 };
const INFO_LEADING = 11;

type Row = [label: string, value: string | null];

export function drawAddressField(canvas: Canvas, print: SalesDocumentPrint): void {
  const sender = [print.company.name, ...companyAddressLines(print.company)].filter(Boolean).join(' · ');
  const size = canvas.fitSize(sender, ADDRESS_FIELD.width, RETURN_LINE, 5);
  canvas.text(sender, LEFT, ADDRESS_FIELD.returnLineY, { ...RETURN_LINE, size });
  // The window shows six lines; formatAddressBlock never gives more.
  print.recipient.slice(0, MAX_ADDRESS_LINES).forEach((line, index) => {
    const fitted = canvas.fitSize(line, ADDRESS_FIELD.width, RECIPIENT, 7);
    canvas.text(line, LEFT, ADDRESS_FIELD.recipientY + index * RECIPIENT_LEADING, {
      ...RECIPIENT,
      size: fitted,
    });
  });
}

/** The label/value pairs of the information block, in the order printed; empty ones left out. */
export function informationRows(print: SalesDocumentPrint, labels: Labels): [string, string][] {
  const date = (value: string | null) => (value ? formatDate(value, print.language) : null);
  const byKind: Row[] =
    print.kind === 'quotation'
      ? [[labels.validUntil, date(print.validUntil)]]
      : [
          [labels.deliveryDate, date(print.deliveryDate)],
          [labels.customerReference, print.customerReference],
          [labels.quotationNumber, print.quotationNumber],
        ];
  const rows: Row[] = [
    [labels.kinds[print.kind].numberLabel, documentNumber(print.number, print.revision)],
    [labels.date, date(print.date)],
    ...byKind,
    [labels.customerNumber, print.customerNumber],
    [labels.ourContact, print.ourContact?.name ?? null],
    [labels.phone, print.ourContact?.phone ?? null],
    [labels.email, print.ourContact?.email ?? null],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

export function drawInformationBlock(canvas: Canvas, print: SalesDocumentPrint, labels: Labels): void {
  const labelWidth = INFO_BLOCK.valueX - INFO_BLOCK.x - mm(2);
  const valueWidth = INFO_BLOCK.right - INFO_BLOCK.valueX;
  let y = INFO_BLOCK.y;
  for (const [label, value] of informationRows(print, labels)) {
    const labelSize = canvas.fitSize(label, labelWidth, INFO_LABEL, 6.5);
    canvas.text(label, INFO_BLOCK.x, y, { ...INFO_LABEL, size: labelSize });
    // A long e-mail address gets smaller first and wraps only if it must.
    const fitted = canvas.fit(value, valueWidth, INFO_VALUE, 6);
    for (const line of fitted.lines) {
      canvas.text(line, INFO_BLOCK.valueX, y, { ...INFO_VALUE, size: fitted.size });
      y += INFO_LEADING;
    }
  }
}
