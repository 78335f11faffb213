import type { CompanyProfileInput } from '@kontor/domain/company-profile';
import type { LeadManualStatus } from '@kontor/domain/sales-status';

// The demo company's sales data (issue 5 item 8): catalogue, campaigns, leads and the pipeline
// with its quotations and orders. People are named by the part of their e-mail before the @;
// organisations and contacts by the names seed-demo-customers.ts gives them. Days count from today.

/** The letterhead of Muster Maschinenbau GmbH (VAT id and IBAN carry valid check digits). */
export const DEMO_COMPANY_PROFILE: Omit<CompanyProfileInput, 'version'> = {
  name: 'Muster Maschinenbau GmbH',
  nameAddition: 'Fördertechnik · Palettierung · Service',
  street: 'Industriering',
  houseNumber: '24',
  postalCode: '33609',
  city: 'Bielefeld',
  countryCode: 'DE',
  phone: '+49 521 98765-0',
  email: 'info@muster-maschinenbau.de',
  website: 'www.muster-maschinenbau.de',
  vatId: 'DE312456782',
  taxNumber: '305/5712/3456',
  registerCourt: 'Amtsgericht Bielefeld',
  registerNumber: 'HRB 41234',
  managingDirectors: 'Katrin Berger',
  bankName: 'Sparkasse Bielefeld',
  iban: 'DE79 4805 0161 0043 2187 65',
  bic: 'SPBIDE3BXXX',
  quotationValidityDays: 30,
  paymentTerms: 'Zahlbar innerhalb von 30 Tagen netto, innerhalb von 10 Tagen mit 2 % Skonto.',
  quotationTerms:
    'Lieferung ab Werk Bielefeld (EXW, Incoterms 2020) zuzüglich Verpackung und Fracht. Lieferzeit nach technischer Klärung. Es gelten unsere Allgemeinen Geschäftsbedingungen; die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.',
};

/** Product categories, parents first. */
export const DEMO_CATEGORIES: { name: string; parent?: string }[] = [
  { name: 'Maschinen' },
  { name: 'Fördertechnik', parent: 'Maschinen' },
  { name: 'Hebe- und Palettiertechnik', parent: 'Maschinen' },
  { name: 'Ersatzteile' },
  { name: 'Dienstleistungen' },
  { name: 'Fachliteratur' },
];

export interface DemoProduct {
  sku: string;
  name: string;
  type: 'stockable' | 'consumable' | 'service';
  category: string;
  unit: string;
  priceCents: number;
  /** 19 % unless said otherwise; books carry the reduced rate. */
  taxRate?: 19 | 7;
  /** Organisation names of its suppliers. */
  suppliers?: string[];
  description?: string;
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    sku: 'RB-120',
    name: 'Rollenbahn RB 120',
    type: 'stockable',
    category: 'Fördertechnik',
    unit: 'Stk',
    priceCents: 1_840_000,
    description: 'Angetriebene Rollenbahn, 3 m Modul, Traglast 120 kg/m, Rollenteilung 100 mm.',
  },
  {
    sku: 'KF-400',
    name: 'Kettenförderer KF 400',
    type: 'stockable',
    category: 'Fördertechnik',
    unit: 'Stk',
    priceCents: 3_250_000,
    description: 'Zweistrang-Kettenförderer für Paletten bis 1.500 kg, 6 m, Edelstahl auf Anfrage.',
  },
  {
    sku: 'PX-3',
    name: 'Palettierer PX 3',
    type: 'stockable',
    category: 'Hebe- und Palettiertechnik',
    unit: 'Stk',
    priceCents: 14_800_000,
    description: 'Lagenpalettierer bis 1.200 Kartons/h, Hygienic Design (IP69K) als Option.',
  },
  {
    sku: 'HT-2000',
    name: 'Hubtisch HT 2000',
    type: 'stockable',
    category: 'Hebe- und Palettiertechnik',
    unit: 'Stk',
    priceCents: 1_290_000,
    description: 'Scherenhubtisch, Traglast 2.000 kg, Hub 1.000 mm.',
  },
  {
    sku: 'NR-S7',
    name: 'Steuerungsnachrüstung S7-1500',
    type: 'stockable',
    category: 'Ersatzteile',
    unit: 'Stk',
    priceCents: 685_000,
    suppliers: ['Weiß Elektrotechnik e. K.'],
    description: 'Schaltschrank mit S7-1500 und Touchpanel als Ersatz für S5- und frühe S7-Steuerungen.',
  },
  {
    sku: 'ET-AK-5',
    name: 'Antriebskette Duplex 1" (5 m)',
    type: 'stockable',
    category: 'Ersatzteile',
    unit: 'Stk',
    priceCents: 38_900,
  },
  {
    sku: 'ET-ES-2',
    name: 'Endschalter-Set Hubtisch',
    type: 'stockable',
    category: 'Ersatzteile',
    unit: 'Set',
    priceCents: 6_450,
  },
  {
    sku: 'ET-TR-50',
    name: 'Tragrolle 50 mm',
    type: 'consumable',
    category: 'Ersatzteile',
    unit: 'Stk',
    priceCents: 1_890,
  },
  {
    sku: 'DL-MON',
    name: 'Montage',
    type: 'service',
    category: 'Dienstleistungen',
    unit: 'Std',
    priceCents: 8_900,
  },
  {
    sku: 'DL-IBN',
    name: 'Inbetriebnahme',
    type: 'service',
    category: 'Dienstleistungen',
    unit: 'Std',
    priceCents: 9_800,
  },
  {
    sku: 'DL-SVC',
    name: 'Servicetechniker',
    type: 'service',
    category: 'Dienstleistungen',
    unit: 'Std',
    priceCents: 9_200,
  },
  {
    sku: 'DL-WV-P',
    name: 'Wartungsvertrag Premium',
    type: 'service',
    category: 'Dienstleistungen',
    unit: 'Jahr',
    priceCents: 480_000,
    description: 'Zwei Inspektionen im Jahr, Reaktionszeit 24 h, 10 % auf Ersatzteile.',
  },
  {
    sku: 'DL-SCH',
    name: 'Schulung Bedienpersonal',
    type: 'service',
    category: 'Dienstleistungen',
    unit: 'Tag',
    priceCents: 115_000,
  },
  {
    sku: 'LIT-FT',
    name: 'Fachbuch „Fördertechnik in der Praxis“',
    type: 'consumable',
    category: 'Fachliteratur',
    unit: 'Stk',
    priceCents: 4_990,
    taxRate: 7,
  },
  {
    sku: 'LIT-HD',
    name: 'Fachbuch „Hygienic Design in der Lebensmitteltechnik“',
    type: 'consumable',
    category: 'Fachliteratur',
    unit: 'Stk',
    priceCents: 5_900,
    taxRate: 7,
  },
];

export type DemoCampaignKey = 'fair' | 'newsletter';

export interface DemoLead {
  key: string;
  owner: string;
  companyName: string;
  salutation: 'herr' | 'frau';
  title?: string;
  firstName: string;
  lastName: string;
  position: string;
  email: string;
  phone?: string;
  city: string;
  source: 'campaign' | 'trade-fair' | 'phone' | 'web-form' | 'ad' | 'referral';
  campaign?: DemoCampaignKey;
  abcClass?: 'A' | 'B' | 'C';
  followUpInDays?: number;
  /** A status the owner set by hand after talking to the lead. */
  status?: Exclude<LeadManualStatus, 'open'>;
  /** Qualified at once: a new organisation, contact and opportunity are made of it. */
  convert?: { opportunity: string; revenueCents: number; closeInDays: number; stage: number };
}

export const DEMO_LEADS: DemoLead[] = [
  {
    key: 'krueger',
    owner: 'j.weber',
    companyName: 'Krüger Verpackungstechnik GmbH',
    salutation: 'herr',
    firstName: 'Frank',
    lastName: 'Krüger',
    position: 'Technischer Leiter',
    email: 'f.krueger@krueger-verpackung.de',
    phone: '+49 541 44812-0',
    city: 'Osnabrück',
    source: 'trade-fair',
    campaign: 'fair',
    abcClass: 'A',
    convert: {
      opportunity: 'Palettierer für Werk Osnabrück',
      revenueCents: 15_600_000,
      closeInDays: 75,
      stage: 1,
    },
  },
  {
    key: 'baumann',
    owner: 'l.fischer',
    companyName: 'Baumann Automotive Systems GmbH',
    salutation: 'frau',
    firstName: 'Claudia',
    lastName: 'Baumann',
    position: 'Leitung Betriebstechnik',
    email: 'c.baumann@baumann-automotive.de',
    city: 'Ingolstadt',
    source: 'trade-fair',
    campaign: 'fair',
    abcClass: 'B',
  },
  {
    key: 'hansen',
    owner: 'j.weber',
    companyName: 'Nordsee Fischverarbeitung GmbH',
    salutation: 'frau',
    firstName: 'Birte',
    lastName: 'Hansen',
    position: 'Produktionsleitung',
    email: 'b.hansen@nordsee-fisch.de',
    phone: '04721 55660',
    city: 'Cuxhaven',
    source: 'trade-fair',
    campaign: 'fair',
    status: 'interested',
    followUpInDays: 3,
  },
  {
    key: 'vogel',
    owner: 'l.fischer',
    companyName: 'Rheinland Getränke GmbH',
    salutation: 'herr',
    firstName: 'Markus',
    lastName: 'Vogel',
    position: 'Einkauf',
    email: 'm.vogel@rheinland-getraenke.de',
    city: 'Köln',
    source: 'trade-fair',
    campaign: 'fair',
    status: 'replied',
    followUpInDays: 7,
  },
  {
    key: 'richter',
    owner: 'a.schneider',
    companyName: 'Elbtal Holzwerke GmbH',
    salutation: 'herr',
    firstName: 'Uwe',
    lastName: 'Richter',
    position: 'Werkleiter',
    email: 'u.richter@elbtal-holz.de',
    city: 'Dresden',
    source: 'trade-fair',
    campaign: 'fair',
    followUpInDays: -4,
  },
  {
    key: 'lang',
    owner: 'l.fischer',
    companyName: 'Lang Metallbau GmbH',
    salutation: 'herr',
    firstName: 'Tobias',
    lastName: 'Lang',
    position: 'Geschäftsführer',
    email: 'info@lang-metallbau.de',
    city: 'Freiburg im Breisgau',
    source: 'campaign',
    campaign: 'newsletter',
    status: 'replied',
  },
  {
    key: 'koch',
    owner: 'j.weber',
    companyName: 'Koch Kunststofftechnik GmbH',
    salutation: 'frau',
    firstName: 'Sandra',
    lastName: 'Koch',
    position: 'Instandhaltung',
    email: 's.koch@koch-kunststoff.de',
    city: 'Hannover',
    source: 'campaign',
    campaign: 'newsletter',
    followUpInDays: 5,
  },
  {
    key: 'braun',
    owner: 's.wagner',
    companyName: 'Braun Landtechnik',
    salutation: 'herr',
    firstName: 'Dieter',
    lastName: 'Braun',
    position: 'Inhaber',
    email: 'd.braun@braun-landtechnik.de',
    city: 'Paderborn',
    source: 'campaign',
    campaign: 'newsletter',
    status: 'do-not-contact',
  },
  {
    key: 'neumann',
    owner: 'a.schneider',
    companyName: 'Neumann Pharma Logistik GmbH',
    salutation: 'frau',
    title: 'Dr.',
    firstName: 'Julia',
    lastName: 'Neumann',
    position: 'Leitung Intralogistik',
    email: 'j.neumann@neumann-pharma.de',
    city: 'Mannheim',
    source: 'web-form',
    abcClass: 'A',
    status: 'interested',
    followUpInDays: 2,
  },
  {
    key: 'zimmermann',
    owner: 'l.fischer',
    companyName: 'Sägewerk Zimmermann',
    salutation: 'herr',
    firstName: 'Ralf',
    lastName: 'Zimmermann',
    position: 'Inhaber',
    email: 'r.zimmermann@saegewerk-zimmermann.de',
    phone: '07651 93120',
    city: 'Titisee-Neustadt',
    source: 'phone',
    followUpInDays: 0,
  },
  {
    key: 'schulz',
    owner: 'l.fischer',
    companyName: 'Brauerei Schulz GmbH',
    salutation: 'herr',
    firstName: 'Martin',
    lastName: 'Schulz',
    position: 'Braumeister',
    email: 'm.schulz@brauerei-schulz.de',
    city: 'Bamberg',
    source: 'referral',
    status: 'interested',
    followUpInDays: 10,
  },
  {
    key: 'wolf',
    owner: 'j.weber',
    companyName: 'Wolf Recycling GmbH',
    salutation: 'herr',
    firstName: 'Oliver',
    lastName: 'Wolf',
    position: 'Betriebsleiter',
    email: 'o.wolf@wolf-recycling.de',
    city: 'Bochum',
    source: 'ad',
  },
];

export interface DemoLine {
  sku: string;
  quantity: number;
  discountPercent?: number;
}

export interface DemoQuotation {
  introText: string;
  lines: DemoLine[];
  /** Days from today to "gültig bis"; the company profile's 30 days unless given. */
  validForDays?: number;
  /** What happens to it: stays a draft, is sent, lost, or ordered (after a revised second version). */
  outcome: 'draft' | 'submitted' | 'lost' | 'ordered';
  /** A second version replacing the first after the customer's feedback. */
  revision?: { introText: string; lines: DemoLine[] };
  lost?: { reason: string; competitor?: string; note: string };
}

export interface DemoOpportunity {
  name: string;
  owner: string;
  organization?: string;
  /** Key of a demo lead: an opportunity for a lead not yet converted. */
  lead?: string;
  contact?: string;
  /** Index into the pipeline's stages (Neu, Qualifiziert, Bedarfsanalyse, Angebot, Verhandlung). */
  stage: number;
  revenueCents: number;
  probability?: number;
  closeInDays: number;
  source?: DemoLead['source'];
  campaign?: DemoCampaignKey;
  competitors?: string[];
  status?: 'replied' | { lost: string; note: string };
  quotation?: DemoQuotation;
}

const BRENNER = 'Stahlwerk Brenner GmbH';

export const DEMO_OPPORTUNITIES: DemoOpportunity[] = [
  {
    name: 'Förderstrecke Halle 3',
    owner: 'j.weber',
    organization: 'Bergmann Fördertechnik GmbH',
    contact: 'Sabine Kühn',
    stage: 4,
    revenueCents: 4_092_380,
    closeInDays: 0,
    source: 'referral',
    competitors: [BRENNER],
    quotation: {
      introText:
        'Sehr geehrte Frau Kühn,\n\nvielen Dank für Ihre Anfrage zur Erweiterung von Halle 3. Gerne bieten wir Ihnen an:',
      validForDays: 56,
      lines: [
        { sku: 'RB-120', quantity: 2 },
        { sku: 'DL-MON', quantity: 40 },
        { sku: 'DL-IBN', quantity: 16 },
        { sku: 'LIT-FT', quantity: 2 },
      ],
      revision: {
        introText:
          'Sehr geehrte Frau Kühn,\n\nwie besprochen bieten wir Ihnen die Förderstrecke mit einer verkürzten Lieferzeit von 8 Wochen und 3 % Projektrabatt auf die Rollenbahnen an:',
        lines: [
          { sku: 'RB-120', quantity: 2, discountPercent: 3 },
          { sku: 'DL-MON', quantity: 40 },
          { sku: 'DL-IBN', quantity: 16 },
          { sku: 'LIT-FT', quantity: 2 },
        ],
      },
      outcome: 'ordered',
    },
  },
  {
    name: 'Wartungsvertrag Premium Hamburg',
    owner: 'j.weber',
    organization: 'Bergmann Service Nord GmbH',
    contact: 'Jan Petersen',
    stage: 3,
    revenueCents: 1_534_100,
    closeInDays: 21,
    quotation: {
      introText:
        'Sehr geehrter Herr Petersen,\n\ngerne übernehmen wir die Wartung Ihrer Anlagen in Hamburg aus einer Hand:',
      lines: [
        { sku: 'DL-WV-P', quantity: 3 },
        { sku: 'ET-AK-5', quantity: 1 },
        { sku: 'DL-SVC', quantity: 6 },
      ],
      outcome: 'draft',
    },
  },
  {
    name: 'Tausch Antriebskette Kettenförderer',
    owner: 'j.weber',
    organization: 'Bergmann Service Nord GmbH',
    contact: 'Jan Petersen',
    stage: 4,
    revenueCents: 133_000,
    closeInDays: 0,
    source: 'phone',
    quotation: {
      introText:
        'Sehr geehrter Herr Petersen,\n\nfür den Tausch der Antriebskette beim nächsten Stillstand bieten wir Ihnen an:',
      validForDays: 14,
      lines: [
        { sku: 'ET-AK-5', quantity: 2 },
        { sku: 'DL-SVC', quantity: 6 },
      ],
      outcome: 'ordered',
    },
  },
  {
    name: 'Verpackungslinie Werk Rosenheim',
    owner: 'l.fischer',
    organization: 'Alpenblick Lebensmittel AG',
    contact: 'Maria Huber',
    stage: 3,
    revenueCents: 21_875_700,
    probability: 50,
    closeInDays: 60,
    source: 'trade-fair',
    campaign: 'fair',
    competitors: [BRENNER],
    quotation: {
      introText:
        'Sehr geehrte Frau Prof. Dr. Huber,\n\nnach der Vorführung in Rosenheim bieten wir Ihnen die Verpackungslinie in Hygienic Design an:',
      validForDays: 45,
      lines: [
        { sku: 'PX-3', quantity: 1, discountPercent: 5 },
        { sku: 'KF-400', quantity: 2 },
        { sku: 'DL-MON', quantity: 120 },
        { sku: 'DL-SCH', quantity: 2 },
        { sku: 'LIT-HD', quantity: 3 },
      ],
      outcome: 'submitted',
    },
  },
  {
    name: 'Hubtische Montagelinie Ingolstadt',
    owner: 'l.fischer',
    lead: 'baumann',
    stage: 3,
    revenueCents: 4_088_590,
    closeInDays: 35,
    source: 'trade-fair',
    campaign: 'fair',
    quotation: {
      introText:
        'Sehr geehrte Frau Baumann,\n\nvielen Dank für das Gespräch auf der Messe. Für Ihre neue Montagelinie bieten wir Ihnen an:',
      lines: [
        { sku: 'HT-2000', quantity: 3 },
        { sku: 'DL-MON', quantity: 24 },
        { sku: 'LIT-FT', quantity: 1 },
      ],
      outcome: 'submitted',
    },
  },
  {
    name: 'Rollenbahnen Versandhalle',
    owner: 'l.fischer',
    organization: 'Schäfer & Söhne KG',
    contact: 'Klaus Schäfer',
    stage: 4,
    revenueCents: 7_894_000,
    closeInDays: -10,
    competitors: [BRENNER],
    quotation: {
      introText: 'Sehr geehrter Herr Schäfer,\n\nfür die Ausstattung Ihrer Versandhalle bieten wir Ihnen an:',
      lines: [
        { sku: 'RB-120', quantity: 4 },
        { sku: 'DL-MON', quantity: 60 },
      ],
      outcome: 'lost',
      lost: {
        reason: 'Wettbewerber gewählt',
        competitor: BRENNER,
        note: 'Brenner liegt rund 12 % unter unserem Preis und liefert in 6 Wochen.',
      },
    },
  },
  {
    name: 'S7-Nachrüstung Altanlagen 2012',
    owner: 'l.fischer',
    organization: 'Schäfer & Söhne KG',
    contact: 'Jana Groß',
    stage: 2,
    revenueCents: 2_740_000,
    closeInDays: 45,
    status: 'replied',
  },
  {
    name: 'Kettenförderer Stationsbau Innsbruck',
    owner: 'a.schneider',
    organization: 'Tiroler Seilbahnbau GmbH',
    contact: 'Andreas Gruber',
    stage: 1,
    revenueCents: 13_000_000,
    closeInDays: 120,
    source: 'referral',
    competitors: [BRENNER],
  },
  {
    name: 'Zweiter Hubtisch HT 2000',
    owner: 'j.weber',
    organization: 'Hofmann Präzisionsteile GmbH',
    contact: 'Lena Hofmann',
    stage: 0,
    revenueCents: 1_290_000,
    closeInDays: 40,
  },
  {
    name: 'Rollenbahn Umschlaglager Frankfurt',
    owner: 's.wagner',
    organization: 'Özdemir Logistik GmbH',
    contact: 'Mehmet Özdemir',
    stage: 2,
    revenueCents: 3_680_000,
    closeInDays: -20,
    status: { lost: 'Kein Budget', note: 'Investition auf das nächste Jahr verschoben.' },
  },
];

/** Quotations for a customer without an opportunity (small spare-part orders). */
export const DEMO_LOOSE_QUOTATIONS: {
  owner: string;
  organization: string;
  contact: string;
  quotation: DemoQuotation;
}[] = [
  {
    owner: 'j.weber',
    organization: 'Hofmann Präzisionsteile GmbH',
    contact: 'Lena Hofmann',
    quotation: {
      introText: 'Sehr geehrte Frau Hofmann,\n\nfür Ihren Ersatzteilvorrat bieten wir Ihnen an:',
      lines: [
        { sku: 'ET-ES-2', quantity: 4 },
        { sku: 'ET-TR-50', quantity: 20 },
      ],
      outcome: 'draft',
    },
  },
];
