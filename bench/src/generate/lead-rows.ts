// Campaigns and leads of the report data, column for column as the campaign and lead services
// write them: leads come from every source (campaign, trade fair, phone, web form …), those of
// campaigns and fairs name their campaign, some are converted to a customer (`converted_at`,
// organisation and contact) — the conversion is where an opportunity of a lead starts.
import type { CampaignChannel } from '@kontor/domain/campaigns';
import type { LeadSource } from '@kontor/domain/leads';
import { foldGerman } from '@kontor/domain/normalize';
import { ABC_CLASSES } from '@kontor/domain/organizations';
import {
  type LeadManualStatus,
  leadStatus,
  type OpportunityStatus,
  type QuotationStatus,
} from '@kontor/domain/sales-status';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { bigint, int, text } from './column-kit.ts';
import { MAIL_HOSTS, MOBILE_PREFIXES } from './german/channels.ts';
import { LEGAL_FORMS, POSITIONS, TRADES } from './german/companies.ts';
import { FEMALE_FIRST_NAMES, LAST_NAMES, MALE_FIRST_NAMES } from './german/names.ts';
import { CITIES } from './german/places.ts';
import { type Random, Weighted } from './random.ts';
import type { Layout, Value } from './tables.ts';

export type LeadTable = 'campaigns' | 'leads';

export const LEAD_LAYOUT: Layout<LeadTable> = {
  columns: {
    campaigns: [
      ...['id', 'name', 'name_key', 'channel', 'starts_on', 'ends_on'].map(text),
      ...['budget_cents', 'actual_cost_cents'].map(bigint),
      ...['currency', 'owner_id'].map(text),
      int('active'),
      ...['description', 'created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
    leads: [
      ...['id', 'name', 'name_key', 'company_name', 'company_key', 'salutation', 'title'].map(text),
      ...['first_name', 'last_name', 'position', 'email', 'email_key', 'phone', 'city', 'city_key'].map(text),
      ...['manual_status', 'status', 'source', 'campaign_id', 'abc_class', 'owner_id'].map(text),
      ...['next_follow_up_on', 'converted_organization_id', 'converted_contact_id', 'converted_at'].map(text),
      ...['created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
  },
  order: ['campaigns', 'leads'],
};

const DAY = 86_400_000;
/** How often each source brings a lead: fairs, campaigns and the web form most. */
const SOURCES = new Weighted<LeadSource>(
  ['web-form', 'campaign', 'trade-fair', 'phone', 'referral', 'ad', 'import'],
  0.7,
);
/** The campaign channel a lead of the source came through, where one did. */
const CHANNEL_OF: Partial<Record<LeadSource, CampaignChannel>> = {
  campaign: 'mailing',
  'trade-fair': 'trade-fair',
  ad: 'ad',
  'web-form': 'web',
};
const OPEN_MANUAL: LeadManualStatus[] = ['open', 'open', 'open', 'replied', 'interested', 'do-not-contact'];

export interface Campaign {
  id: string;
  channel: CampaignChannel;
  starts: number;
  ends: number;
}

/**
 * `count` campaigns over the last two years, a few weeks each, across the channels, with a
 * budget and (for finished ones) their actual cost — the cost per lead of R3 divides these.
 */
export function writeCampaigns(
  random: Random,
  add: (table: LeadTable, row: Value[]) => void,
  context: { count: number; users: readonly string[]; now: number },
): Campaign[] {
  const channels: CampaignChannel[] = ['trade-fair', 'ad', 'mailing', 'web', 'phone'];
  const themes = ['Frühjahr', 'Herbst', 'Wärmepumpe', 'Kältetechnik', 'Service', 'Neukunden', 'Messe'];
  return Array.from({ length: context.count }, (_, n) => {
    const channel = channels[n % channels.length] as CampaignChannel;
    const starts = context.now - random.int(20, 730) * DAY;
    const ends = starts + random.int(14, 90) * DAY;
    const name = `${random.pick(themes)} ${new Date(starts).getUTCFullYear()} ${channel} ${n + 1}`;
    const budget = random.int(20, 400) * 10_000;
    const stamp = new Date(starts - 30 * DAY).toISOString();
    const id = newId();
    add('campaigns', [
      id,
      name,
      foldGerman(name),
      channel,
      day(starts),
      day(ends),
      budget,
      ends < context.now ? Math.round(budget * (0.7 + random.next() * 0.5)) : null,
      'EUR',
      random.pick(context.users),
      ends < context.now ? 0 : 1,
      null,
      stamp,
      stamp,
      random.pick(context.users),
      1,
    ]);
    return { id, channel, starts, ends };
  });
}

/** What a lead is before its opportunity is known: who, from where, and its conversion. */
export interface LeadDraft {
  id: string;
  created: number;
  source: LeadSource;
  campaignId: string | null;
  owner: string | null;
  conversion: { at: number; organizationId: string; contactId: string } | null;
}

export interface LeadContext {
  users: readonly string[];
  organizations: readonly string[];
  contacts: readonly string[];
  campaigns: readonly Campaign[];
  now: number;
  /** Share of leads converted to a customer. */
  convertedShare: number;
}

/** A lead created within the last two years, its source and campaign, and whether it converts. */
export function draftLead(random: Random, context: LeadContext): LeadDraft {
  const created = context.now - random.next() * 730 * DAY;
  const source = SOURCES.pick(random);
  const channel = CHANNEL_OF[source];
  const campaigns = channel ? context.campaigns.filter((c) => c.channel === channel) : [];
  const campaignId =
    campaigns.length > 0 && (source === 'campaign' || random.chance(0.6)) ? random.pick(campaigns).id : null;
  // Converted after a few days to three months, never in the future.
  const at = created + (1 + random.next() ** 2 * 90) * DAY;
  const converts = at < context.now && random.chance(context.convertedShare);
  return {
    id: newId(),
    created,
    source,
    campaignId,
    owner: random.chance(0.04) ? null : random.pick(context.users),
    conversion: converts
      ? { at, organizationId: random.pick(context.organizations), contactId: random.pick(context.contacts) }
      : null,
  };
}

/** The lead's row, its status derived (S5) from the conversion and its opportunity's facts. */
export function leadRow(
  random: Random,
  lead: LeadDraft,
  facts: { opportunities: OpportunityStatus[]; quotations: QuotationStatus[] },
): Value[] {
  const female = random.chance(0.5);
  const firstName = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const [trade] = random.pick(TRADES);
  const companyName = random.chance(0.85) ? `${trade} ${lastName} ${random.pick(LEGAL_FORMS)}` : null;
  const [city] = random.pick(CITIES);
  const email = random.chance(0.85)
    ? `${foldGerman(firstName)}.${foldGerman(lastName)}@${companyName ? `${foldGerman(trade)}-${foldGerman(lastName)}.de` : random.pick(MAIL_HOSTS)}`.replace(
        /\s+/g,
        '',
      )
    : null;
  const manual: LeadManualStatus = lead.conversion ? 'interested' : random.pick(OPEN_MANUAL);
  const status = leadStatus({ manual, convertedToCustomer: lead.conversion !== null, ...facts });
  const person = `${firstName} ${lastName}`;
  const created = new Date(lead.created).toISOString();
  const updated = new Date(lead.conversion?.at ?? lead.created + random.next() * 10 * DAY).toISOString();
  const followUp =
    !lead.conversion && manual !== 'do-not-contact' && random.chance(0.3)
      ? day(lead.created + random.int(3, 60) * DAY)
      : null;
  return [
    lead.id,
    companyName ? `${person} (${companyName})` : person,
    foldGerman([lastName, firstName, companyName].filter(Boolean).join(' ')),
    companyName,
    companyName ? foldGerman(companyName) : null,
    female ? 'frau' : 'herr',
    random.chance(0.05) ? 'Dr.' : null,
    firstName,
    lastName,
    companyName ? random.pick(POSITIONS) : null,
    email,
    email ? foldGerman(email) : null,
    random.chance(0.7) ? `+49 ${random.pick(MOBILE_PREFIXES)} ${random.digits(7)}` : null,
    city,
    foldGerman(city),
    manual,
    status,
    lead.source,
    lead.campaignId,
    random.chance(0.6) ? random.pick(ABC_CLASSES) : null,
    lead.owner,
    followUp,
    lead.conversion?.organizationId ?? null,
    lead.conversion?.contactId ?? null,
    lead.conversion ? new Date(lead.conversion.at).toISOString() : null,
    created,
    updated,
    lead.owner,
    lead.conversion ? 3 : 1,
  ];
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
