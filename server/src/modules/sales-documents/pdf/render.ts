import { lineItemsSchema } from '@kontor/domain/sales-totals';
import PDFDocument from 'pdfkit';
import { drawAddressField, drawInformationBlock } from './address-field.js';
import { Canvas } from './canvas.js';
import { Flow } from './flow.js';
import { registerFonts } from './fonts.js';
import { documentNumber } from './format.js';
import { LABELS } from './labels.js';
import { drawClosing, drawOpening } from './letter-body.js';
import { decoratePages, drawLetterhead } from './letterhead.js';
import { drawLineTable } from './line-table.js';
import { SUBJECT_Y } from './page-layout.js';
import type { SalesDocumentPrint } from './print-model.js';
import { drawTotals } from './totals.js';

/**
 * Renders a quotation ("Angebot") or an order confirmation ("Auftragsbestätigung") as an A4 PDF
 * in DIN 5008 form B, in the document's language. Lines outside lineItemSchema's bounds are a
 * programming error and throw: the PDF never shows amounts the money math would refuse.
 */
export async function renderSalesDocumentPdf(print: SalesDocumentPrint): Promise<Buffer> {
  const lines = lineItemsSchema.parse(print.lines);
  const labels = LABELS[print.language];
  const subject = `${labels.kinds[print.kind].title} ${documentNumber(print.number, print.revision)}`;
  const doc = new PDFDocument({
    size: 'A4',
    // Every position is absolute; with no margins PDFKit never starts a page on its own.
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    bufferPages: true,
    lang: print.language === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    info: { Title: subject, Author: print.company.name, Creator: 'Kontor' },
  });
  const pdf = collect(doc);
  registerFonts(doc);
  const canvas = new Canvas(doc);
  const options = { labels, language: print.language, currency: print.currency };

  drawLetterhead(canvas, print.company, labels);
  drawAddressField(canvas, print);
  drawInformationBlock(canvas, print, labels);
  const flow = new Flow(canvas, SUBJECT_Y);
  drawOpening(flow, print, labels, subject);
  drawLineTable(flow, lines, options);
  drawTotals(flow, lines, options);
  drawClosing(flow, print, labels);
  decoratePages(canvas, print.company, labels, subject);

  doc.end();
  return pdf;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
