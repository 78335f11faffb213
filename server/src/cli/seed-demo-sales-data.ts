import type { CompanyProfileInput } from '@kontor/domain/company-profile';
import type { LeadManualStatus } from '@kontor/domain/sales-status';

// The demo company's sales data (issue 5 item 8): letterhead, catalogue, campaigns and leads; the
// pipeline with its quotations is in seed-demo-pipeline-data.ts. People are named by the part of their e-mail before the @;
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
