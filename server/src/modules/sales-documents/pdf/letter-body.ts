import type { TextStyle } from './canvas.js';
import type { Flow } from './flow.js';
import type { Labels } from './labels.js';
import { BODY, CONTENT_WIDTH, LEFT, mm } from './page-layout.js';
import type { SalesDocumentPrint } from './print-model.js';

// The letter's text around the table: subject, greeting and introduction before it; terms,
// payment terms and the closing after it.

const TEXT: TextStyle = { size: BODY.size };
const HEADING: TextStyle = { size: BODY.size, bold: true };
const SUBJECT: TextStyle = { size: 11, bold: true };

/** Subject line in bold (DIN 5008 has no "Betreff:" label), greeting and introduction. */
export function drawOpening(flow: Flow, print: SalesDocumentPrint, labels: Labels, subject: string): void {
  flow.canvas.text(subject, LEFT, flow.y, SUBJECT);
  flow.y += 2 * BODY.leading + mm(1);
  flow.paragraph(labels.greeting(print.contactPerson), TEXT, BODY.leading);
  flow.y += BODY.leading;
  flow.paragraph(print.introText ?? labels.kinds[print.kind].intro, TEXT, BODY.leading);
  flow.y += BODY.leading;
}

/** Terms and payment terms under their headings, then the closing with the sender's names. */
export function drawClosing(flow: Flow, print: SalesDocumentPrint, labels: Labels): void {
  for (const [heading, text] of [
    [labels.terms, print.terms],
    [labels.paymentTerms, print.paymentTerms],
  ] as const) {
    if (!text?.trim()) continue;
    flow.y += mm(2);
    // A heading stays with the first lines of its text.
    flow.ensure(3 * BODY.leading);
    flow.canvas.text(heading, LEFT, flow.y, HEADING);
    flow.y += BODY.leading;
    flow.paragraph(text, TEXT, BODY.leading);
  }
  flow.y += BODY.leading;
  const closing = [
    print.closingText ?? labels.kinds[print.kind].closing,
    '',
    labels.regards,
    print.company.name,
    '',
    print.ourContact?.name ?? '',
  ];
  // The closing is wrapped first so that it moves to the next page as a whole.
  const lines = closing.flatMap((text) => (text === '' ? [''] : flow.canvas.wrap(text, CONTENT_WIDTH, TEXT)));
  flow.ensure(lines.length * BODY.leading);
  for (const line of lines) {
    flow.canvas.text(line, LEFT, flow.y, TEXT);
    flow.y += BODY.leading;
  }
}
