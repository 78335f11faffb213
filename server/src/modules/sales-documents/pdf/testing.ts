import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { formatAddressBlock } from '@kontor/domain/address-block';
import type { LineItem } from '@kontor/domain/sales-totals';
import type { PrintCompany, SalesDocumentPrint } from './print-model.js';

// Sample documents and the text of a rendered PDF, for the renderer's tests and the benchmark.

const run = promisify(execFile);

/** The PDF's text as `pdftotext -layout` (poppler-utils) extracts it, pages split at form feeds. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kontor-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const SAMPLE_COMPANY: PrintCompany = {
  name: 'Kontor Demo GmbH',
  nameAddition: 'Maschinen und Service',
  street: 'Lindenstraße',
  houseNumber: '12',
  postalCode: '10969',
  city: 'Berlin',
  countryCode: 'DE',
  phone: '+49 30 1234567-0',
  email: 'vertrieb@kontor-demo.de',
  website: 'www.kontor-demo.de',
  vatId: 'DE136695976',
  taxNumber: '27/123/45678',
  registerCourt: 'Amtsgericht Charlottenburg',
  registerNumber: 'HRB 123456 B',
  managingDirectors: 'Anna Weiß, Jürgen Groß',
  bankName: 'Commerzbank Berlin',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
};

/** A line of `quantity` units at `unitPriceCents`, 19 % VAT and no discount unless given. */
export function sampleLine(overrides: Partial<LineItem> = {}): LineItem {
  return {
    productId: null,
    description: 'Akkuschrauber AS-100 mit zwei Akkus',
    quantityMilli: 2000,
    unit: 'Stk',
    unitPriceCents: 129_90,
    discountBasisPoints: 0,
    taxRate: 19,
    ...overrides,
  };
}

export function sampleQuotation(overrides: Partial<SalesDocumentPrint> = {}): SalesDocumentPrint {
  const language = overrides.language ?? 'de';
  return {
    kind: 'quotation',
    language,
    number: 'ANG-2026-00042',
    revision: 1,
    date: '2026-03-09',
    validUntil: '2026-04-08',
    deliveryDate: null,
    customerReference: null,
    quotationNumber: null,
    customerNumber: 'K-10023',
    currency: 'EUR',
    company: SAMPLE_COMPANY,
    recipient: formatAddressBlock(
      {
        organizationName: 'Müller GmbH',
        department: 'Einkauf',
        salutation: 'frau',
        title: 'Dr.',
        firstName: 'Anna',
        lastName: 'Schneider',
        street: 'Große Straße',
        houseNumber: '7',
        postalCode: '80331',
        city: 'München',
        countryCode: 'DE',
      },
      { senderCountry: 'DE', language },
    ),
    contactPerson: { salutation: 'frau', title: 'Dr.', firstName: 'Anna', lastName: 'Schneider' },
    ourContact: { name: 'Jörg Bäcker', email: 'joerg.baecker@kontor-demo.de', phone: '+49 30 1234567-12' },
    introText: null,
    lines: [
      sampleLine(),
      sampleLine({
        description: 'Einweisung vor Ort',
        quantityMilli: 1500,
        unit: 'Std',
        unitPriceCents: 95_00,
      }),
      sampleLine({
        description: 'Fachbuch „Schrauben für Anfänger“',
        quantityMilli: 3000,
        unitPriceCents: 24_95,
        discountBasisPoints: 1000,
        taxRate: 7,
      }),
    ],
    terms: 'Lieferung frei Haus. Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.',
    paymentTerms: 'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
    closingText: null,
    ...overrides,
  };
}

/** `count` lines with varied amounts, units, rates and some long descriptions that wrap. */
export function manyLines(count: number): LineItem[] {
  return Array.from({ length: count }, (_, index) =>
    sampleLine({
      description:
        index % 7 === 3
          ? `Position ${index + 1}: Wartungsvertrag für Anlage Nr. ${1000 + index} mit vierteljährlicher Inspektion, Verschleißteilen und Anfahrt innerhalb von 50 km`
          : `Artikel ${index + 1} – Größe ${(index % 5) + 1}`,
      quantityMilli: ((index % 9) + 1) * 500,
      unit: index % 3 === 0 ? 'Std' : 'Stk',
      unitPriceCents: 1_99 + index * 317,
      discountBasisPoints: index % 4 === 0 ? 500 : 0,
      taxRate: index % 10 === 0 ? 7 : 19,
    }),
  );
}
