import type { DemoCampaignKey, DemoLead } from './seed-demo-sales-data.js';

// The demo company's pipeline (issue 5 item 8): opportunities over every stage and their
// quotations — drafts, sent, lost, and one ordered after a revised version. People are named by
// the part of their e-mail before the @, organisations as seed-demo-customers.ts names them.

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
