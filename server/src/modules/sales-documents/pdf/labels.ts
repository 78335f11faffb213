import type { PrintContactPerson, PrintLanguage, SalesDocumentKind } from './print-model.js';

// Every text the PDF prints itself, in German and English (UX.md terms: Angebot / Quotation,
// Auftragsbestätigung / Order confirmation).

interface KindLabels {
  /** Subject line and window title: "Angebot ANG-2026-00042". */
  title: string;
  numberLabel: string;
  intro: string;
  closing: string;
}

export interface Labels {
  kinds: Record<SalesDocumentKind, KindLabels>;
  date: string;
  validUntil: string;
  deliveryDate: string;
  customerNumber: string;
  customerReference: string;
  quotationNumber: string;
  ourContact: string;
  phone: string;
  email: string;
  columns: {
    position: string;
    description: string;
    quantity: string;
    unit: string;
    unitPrice: string;
    discount: string;
    taxRate: string;
    net: string;
  };
  netTotal: string;
  /** "zzgl. 19 % USt. auf 1.234,56 €" with the formatted rate and net of that rate. */
  vat: (rate: string, base: string) => string;
  grossTotal: string;
  terms: string;
  paymentTerms: string;
  regards: string;
  page: (page: number, pages: number) => string;
  managingDirectors: string;
  register: string;
  vatId: string;
  taxNumber: string;
  greeting: (person: PrintContactPerson | null) => string;
}

const name = (...parts: (string | null)[]) => parts.filter((p) => p?.trim()).join(' ');

export const LABELS: Record<PrintLanguage, Labels> = {
  de: {
    kinds: {
      quotation: {
        title: 'Angebot',
        numberLabel: 'Angebotsnummer',
        intro: 'vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:',
        closing: 'Wir freuen uns auf Ihren Auftrag.',
      },
      'order-confirmation': {
        title: 'Auftragsbestätigung',
        numberLabel: 'Auftragsnummer',
        intro: 'vielen Dank für Ihren Auftrag, den wir hiermit wie folgt bestätigen:',
        closing: 'Für Rückfragen stehen wir Ihnen gerne zur Verfügung.',
      },
    },
    date: 'Datum',
    validUntil: 'Gültig bis',
    deliveryDate: 'Liefertermin',
    customerNumber: 'Kundennummer',
    customerReference: 'Ihre Bestellung',
    quotationNumber: 'Unser Angebot',
    ourContact: 'Ihr Ansprechpartner',
    phone: 'Telefon',
    email: 'E-Mail',
    columns: {
      position: 'Pos.',
      description: 'Beschreibung',
      quantity: 'Menge',
      unit: 'Einheit',
      unitPrice: 'Einzelpreis',
      discount: 'Rabatt',
      taxRate: 'USt.',
      net: 'Gesamt',
    },
    netTotal: 'Summe netto',
    vat: (rate, base) => `zzgl. ${rate} USt. auf ${base}`,
    grossTotal: 'Gesamtbetrag',
    terms: 'Bedingungen',
    paymentTerms: 'Zahlungsbedingungen',
    regards: 'Mit freundlichen Grüßen',
    page: (page, pages) => `Seite ${page} von ${pages}`,
    managingDirectors: 'Geschäftsführung',
    register: 'Handelsregister',
    vatId: 'USt-IdNr.',
    taxNumber: 'Steuernummer',
    // Formal as DIN 5008 letters are; "divers" and unknown salutations get a neutral greeting.
    greeting: (person) => {
      const lastName = person?.lastName?.trim();
      if (!person || !lastName) return 'Sehr geehrte Damen und Herren,';
      if (person.salutation === 'frau') return `Sehr geehrte ${name('Frau', person.title, lastName)},`;
      if (person.salutation === 'herr') return `Sehr geehrter ${name('Herr', person.title, lastName)},`;
      return `Guten Tag ${name(person.title, person.firstName, lastName)},`;
    },
  },
  en: {
    kinds: {
      quotation: {
        title: 'Quotation',
        numberLabel: 'Quotation no.',
        intro: 'Thank you for your enquiry. We are pleased to offer you the following:',
        closing: 'We look forward to receiving your order.',
      },
      'order-confirmation': {
        title: 'Order confirmation',
        numberLabel: 'Order no.',
        intro: 'Thank you for your order, which we hereby confirm as follows:',
        closing: 'Please do not hesitate to contact us if you have any questions.',
      },
    },
    date: 'Date',
    validUntil: 'Valid until',
    deliveryDate: 'Delivery date',
    customerNumber: 'Customer no.',
    customerReference: 'Your order',
    quotationNumber: 'Our quotation',
    ourContact: 'Your contact',
    phone: 'Phone',
    email: 'E-mail',
    columns: {
      position: 'Item',
      description: 'Description',
      quantity: 'Qty',
      unit: 'Unit',
      unitPrice: 'Unit price',
      discount: 'Discount',
      taxRate: 'VAT',
      net: 'Amount',
    },
    netTotal: 'Net total',
    vat: (rate, base) => `plus ${rate} VAT on ${base}`,
    grossTotal: 'Total',
    terms: 'Terms',
    paymentTerms: 'Payment terms',
    regards: 'Kind regards',
    page: (page, pages) => `Page ${page} of ${pages}`,
    managingDirectors: 'Managing directors',
    register: 'Commercial register',
    vatId: 'VAT ID',
    taxNumber: 'Tax number',
    greeting: (person) => {
      const lastName = person?.lastName?.trim();
      if (!person || !lastName) return 'Dear Sir or Madam,';
      // British usage: an academic title replaces Mr/Ms ("Dear Dr Schneider").
      if (person.title?.trim()) return `Dear ${name(person.title, lastName)},`;
      if (person.salutation === 'frau') return `Dear Ms ${lastName},`;
      if (person.salutation === 'herr') return `Dear Mr ${lastName},`;
      return `Dear ${name(person.firstName, lastName)},`;
    },
  },
};
