import { documentTotals, type LineItem, TAX_RATES } from '@kontor/domain/sales-totals';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSalesDocumentPdf } from './render.js';
import { pdfText, sampleLine, sampleQuotation } from './testing.js';

// Reads the amounts back from the PDF's text, independently of the renderer's formatting code,
// and compares them with documentTotals: what the customer reads is what the document stores.

const lineArb: fc.Arbitrary<LineItem> = fc
  .record({
    quantityMilli: fc.integer({ min: 1, max: 1_000_000 }),
    unitPriceCents: fc.integer({ min: 0, max: 10_000_000 }),
    discountBasisPoints: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
    taxRate: fc.constantFrom(...TAX_RATES),
  })
  .map((amounts) => sampleLine({ ...amounts, description: 'Position' }));

const AMOUNT = {
  de: '(-?[\\d.]+,\\d{2}) €',
  en: '€(-?[\\d,]+\\.\\d{2})',
};
const cents = (text: string | undefined) => Number((text ?? '').replace(/[.,]/g, ''));

function printedTotals(text: string, language: 'de' | 'en') {
  const amount = AMOUNT[language];
  const [net, vat, gross] =
    language === 'de'
      ? [
          `Summe netto\\s+${amount}`,
          `zzgl\\. (\\d+) % USt\\. auf ${amount}\\s+${amount}`,
          `Gesamtbetrag\\s+${amount}`,
        ]
      : [`Net total\\s+${amount}`, `plus (\\d+)% VAT on ${amount}\\s+${amount}`, `\\n\\s*Total\\s+${amount}`];
  return {
    netCents: cents(new RegExp(net).exec(text)?.[1]),
    grossCents: cents(new RegExp(gross).exec(text)?.[1]),
    byRate: [...text.matchAll(new RegExp(vat, 'g'))].map((match) => ({
      rate: Number(match[1]),
      netCents: cents(match[2]),
      taxCents: cents(match[3]),
    })),
  };
}

describe('totals printed on the PDF', () => {
  it('equal documentTotals for any lines, in German and English', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('de' as const, 'en' as const),
        async (lines, language) => {
          const text = await pdfText(await renderSalesDocumentPdf(sampleQuotation({ lines, language })));
          const expected = documentTotals(lines);
          expect(printedTotals(text, language)).toEqual({
            netCents: expected.netCents,
            grossCents: expected.grossCents,
            byRate: expected.byRate.map(({ rate, netCents, taxCents }) => ({ rate, netCents, taxCents })),
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});
