import { documentTotals, lineNetCents, MAX_LINE_AMOUNT_CENTS, MAX_LINES } from '@kontor/domain/sales-totals';
import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.js';
import { renderSalesDocumentPdf } from './render.js';
import { manyLines, pdfText, sampleLine, sampleQuotation } from './testing.js';

// pdftotext writes the no-break spaces between amount and currency as plain spaces; runs of
// spaces are column gaps of the layout.
const euro = (cents: number, language: 'de' | 'en' = 'de') =>
  formatMoney(cents, 'EUR', language).replaceAll('\u00a0', ' ');
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pages = (text: string) => text.split('\f').filter((page) => page.trim() !== '');

describe('sales document PDF', () => {
  it('prints a German quotation with letterhead, address, information block, lines and totals', async () => {
    const quotation = sampleQuotation();
    const text = await pdfText(await renderSalesDocumentPdf(quotation));

    expect(text).toContain('Angebot ANG-2026-00042');
    for (const line of [
      'Müller GmbH',
      'Einkauf',
      'Frau Dr. Anna Schneider',
      'Große Straße 7',
      '80331 München',
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/Angebotsnummer\s+ANG-2026-00042/);
    expect(text).toMatch(/Datum\s+09\.03\.2026/);
    expect(text).toMatch(/Gültig bis\s+08\.04\.2026/);
    expect(text).toMatch(/Kundennummer\s+K-10023/);
    expect(text).toMatch(/Ihr Ansprechpartner\s+Jörg Bäcker/);
    expect(text).toContain('Sehr geehrte Frau Dr. Schneider,');
    expect(text).toContain('Fachbuch „Schrauben für');
    expect(text).toContain('Anfänger“');

    for (const line of quotation.lines) expect(text).toContain(euro(lineNetCents(line)));
    const totals = documentTotals(quotation.lines);
    expect(text).toMatch(new RegExp(`Summe netto\\s+${literal(euro(totals.netCents))}`));
    for (const rate of totals.byRate) {
      const vat = `zzgl. ${rate.rate} % USt. auf ${euro(rate.netCents)}`;
      expect(text).toMatch(new RegExp(`${literal(vat)}\\s+${literal(euro(rate.taxCents))}`));
    }
    expect(text).toMatch(new RegExp(`Gesamtbetrag\\s+${literal(euro(totals.grossCents))}`));

    expect(text).toContain('Zahlbar innerhalb von 14 Tagen ohne Abzug.');
    expect(text).toContain('Mit freundlichen Grüßen');
    // Letterhead and footer: the particulars a business letter must carry.
    expect(text).toContain('Kontor Demo GmbH · Lindenstraße 12 · 10969 Berlin');
    expect(text).toContain('Amtsgericht Charlottenburg');
    expect(text).toContain('HRB 123456 B');
    expect(text).toContain('Anna Weiß, Jürgen Groß');
    expect(text).toContain('USt-IdNr. DE136695976');
    expect(text).toContain('IBAN DE89 3704 0044 0532 0130 00');
    expect(text).toContain('BIC COBADEFFXXX');
    expect(text).toContain('Seite 1 von 1');
  });

  it('prints a later version with its revision and greets neutrally without a contact person', async () => {
    const text = await pdfText(
      await renderSalesDocumentPdf(
        sampleQuotation({ revision: 2, contactPerson: null, introText: 'Wie besprochen:' }),
      ),
    );
    expect(text).toContain('Angebot ANG-2026-00042-2');
    expect(text).toMatch(/Angebotsnummer\s+ANG-2026-00042-2/);
    expect(text).toContain('Sehr geehrte Damen und Herren,');
    expect(text).toContain('Wie besprochen:');
  });

  it('prints names beyond Windows-1252 as written, which PDF’s standard fonts cannot', async () => {
    const names = ['Łukasz Dvořák', 'Şahin Öztürk', 'Ελένη Παπαδοπούλου', 'Ørsted Ærøskøbing'];
    const text = await pdfText(
      await renderSalesDocumentPdf(
        sampleQuotation({
          recipient: [
            'Dvořák & Öztürk s.r.o.',
            ...names.slice(0, 2),
            'ul. Żurawia 5',
            '00-503 WARSZAWA',
            'POLEN',
          ],
          lines: names.map((name) => sampleLine({ description: `Schulung für ${name}` })),
        }),
      ),
    );
    for (const name of ['Dvořák & Öztürk s.r.o.', 'ul. Żurawia 5', ...names.map((n) => `Schulung für ${n}`)])
      expect(text).toContain(name);
  });

  it('prints an English order confirmation in en-GB formats', async () => {
    const order = sampleQuotation({
      kind: 'order-confirmation',
      language: 'en',
      number: 'AB-2026-00007',
      validUntil: null,
      deliveryDate: '2026-05-01',
      customerReference: 'PO 4711',
      quotationNumber: 'ANG-2026-00042-2',
    });
    const text = await pdfText(await renderSalesDocumentPdf(order));
    expect(text).toContain('Order confirmation AB-2026-00007');
    expect(text).toMatch(/Order no\.\s+AB-2026-00007/);
    expect(text).toMatch(/Date\s+09\/03\/2026/);
    expect(text).toMatch(/Delivery date\s+01\/05\/2026/);
    expect(text).toMatch(/Your order\s+PO 4711/);
    expect(text).toMatch(/Our quotation\s+ANG-2026-00042-2/);
    expect(text).not.toContain('Valid until');
    expect(text).toContain('Dear Dr. Schneider,');
    expect(text).toContain('Dr. Anna Schneider');
    const totals = documentTotals(order.lines);
    expect(text).toMatch(new RegExp(`Net total\\s+${literal(euro(totals.netCents, 'en'))}`));
    expect(text).toMatch(
      new RegExp(`plus 19% VAT on ${literal(euro(totals.byRate[0]?.netCents ?? 0, 'en'))}`),
    );
    expect(text).toMatch(new RegExp(`Total\\s+${literal(euro(totals.grossCents, 'en'))}`));
    expect(text).toContain('Kind regards');
    expect(text).toContain('Page 1 of 1');
  });

  it('runs 500 lines over pages: head and page number on each, every line whole on one page', async () => {
    const lines = manyLines(MAX_LINES);
    const text = await pdfText(await renderSalesDocumentPdf(sampleQuotation({ lines })));
    const all = pages(text);
    expect(all.length).toBeGreaterThan(10);
    all.forEach((page, index) => {
      expect(page).toContain(`Seite ${index + 1} von ${all.length}`);
      expect(page).toContain('Kontor Demo GmbH');
      expect(page).toContain('IBAN DE89 3704 0044 0532 0130 00');
      if (index > 0) expect(page).toContain('Angebot ANG-2026-00042');
      // The long descriptions wrap over four lines; each starts and ends on the same page.
      expect(page.match(/Wartungsvertrag für/g)?.length ?? 0).toBe(
        page.match(/innerhalb von 50 km/g)?.length ?? 0,
      );
    });
    for (const page of all.slice(0, -1)) expect(page).toMatch(/Pos\.\s+Beschreibung\s+Menge/);
    for (const [index, line] of lines.entries()) {
      expect(text).toMatch(new RegExp(`\\n${index + 1} .*${literal(euro(lineNetCents(line)))}`));
    }
    expect(text).toMatch(new RegExp(`Gesamtbetrag\\s+${literal(euro(documentTotals(lines).grossCents))}`));
  });

  it('continues a description longer than a page on the next one without losing text', async () => {
    const paragraphs = Array.from({ length: 90 }, (_, i) => `Absatz ${i + 1}: Leistung`).join('\n');
    const text = await pdfText(
      await renderSalesDocumentPdf(sampleQuotation({ lines: [sampleLine({ description: paragraphs })] })),
    );
    expect(pages(text).length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i <= 90; i += 1) expect(text).toContain(`Absatz ${i}: Leistung`);
  });

  it('fits the largest amounts a line may have into their columns', async () => {
    const line = sampleLine({
      quantityMilli: 1000,
      unitPriceCents: 100_000_000_00,
      description: 'Großanlage',
    });
    const lines = Array.from({ length: 100 }, () => ({ ...line, quantityMilli: 1_000_000 }));
    expect(lineNetCents(lines[0] ?? line)).toBe(MAX_LINE_AMOUNT_CENTS);
    const text = await pdfText(await renderSalesDocumentPdf(sampleQuotation({ lines })));
    expect(text).toContain(euro(MAX_LINE_AMOUNT_CENTS));
    expect(text).toMatch(new RegExp(`Gesamtbetrag\\s+${literal(euro(documentTotals(lines).grossCents))}`));
  });

  it('refuses lines the money math would refuse', async () => {
    await expect(
      renderSalesDocumentPdf(sampleQuotation({ lines: [sampleLine({ taxRate: 16 as 19 })] })),
    ).rejects.toThrow();
  });
});
