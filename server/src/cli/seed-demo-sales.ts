import { createCampaignSchema } from '@kontor/domain/campaigns';
import { companyProfileInputSchema } from '@kontor/domain/company-profile';
import { convertLeadSchema, createLeadSchema, setLeadStatusSchema } from '@kontor/domain/leads';
import { createOpportunitySchema, setOpportunityStatusSchema } from '@kontor/domain/opportunities';
import { type Permission, ROLE_KEYS, VISIBILITIES } from '@kontor/domain/permissions';
import { createProductCategorySchema, createProductSchema } from '@kontor/domain/products';
import {
  createQuotationSchema,
  markQuotationLostSchema,
  type QuotationDetail,
  updateQuotationSchema,
} from '@kontor/domain/quotations';
import type { LineItem } from '@kontor/domain/sales-totals';
import type { Kysely } from 'kysely';
import { linkableActivity } from '../modules/activities/linkable.js';
import { subscribeActivities } from '../modules/activities/reactions.js';
import { ActivityRecorder } from '../modules/activities/recorder.js';
import { CampaignService } from '../modules/campaigns/service.js';
import { CompanyProfileService } from '../modules/company-profile/service.js';
import { contactCityKeys } from '../modules/contacts/city-keys.js';
import { linkableContact } from '../modules/contacts/linkable.js';
import { ContactService } from '../modules/contacts/service.js';
import { LeadConversion } from '../modules/leads/conversion.js';
import { linkableLead } from '../modules/leads/linkable.js';
import { leadSearch } from '../modules/leads/search.js';
import { LeadService } from '../modules/leads/service.js';
import { NotificationService } from '../modules/notifications/service.js';
import { OpportunityActions } from '../modules/opportunities/actions.js';
import { linkableOpportunity } from '../modules/opportunities/linkable.js';
import { opportunitySearch } from '../modules/opportunities/search.js';
import { OpportunityService } from '../modules/opportunities/service.js';
import { StageTimeline } from '../modules/opportunities/stage-timeline.js';
import { linkableOrganization } from '../modules/organizations/linkable.js';
import { OrganizationService } from '../modules/organizations/service.js';
import { ProductService } from '../modules/products/service.js';
import { QuotationActions } from '../modules/quotations/actions.js';
import { linkableQuotation } from '../modules/quotations/linkable.js';
import { quotationSearch } from '../modules/quotations/search.js';
import { QuotationService } from '../modules/quotations/service.js';
import { companyToday } from '../modules/sales-documents/dates.js';
import { linkableSalesOrder } from '../modules/sales-orders/linkable.js';
import { salesOrderSearch } from '../modules/sales-orders/search.js';
import { SalesStatusSync } from '../modules/sales-status/sync.js';
import { contactSearch, organizationSearch } from '../modules/search/providers.js';
import { SearchService } from '../modules/search/service.js';
import { CredentialRepository } from '../platform/auth/credential-repository.js';
import type { Principal } from '../platform/auth/principal.js';
import type { Engine } from '../platform/db/connection.js';
import type { Database } from '../platform/db/schema.js';
import { storedEnum } from '../platform/db/stored-enum.js';
import { EventBus } from '../platform/events/bus.js';
import { LiveOutbox } from '../platform/live/outbox.js';
import type { LivePublisher } from '../platform/live/types.js';
import { RecordDirectory } from '../platform/records/record-directory.js';
import {
  DEMO_CATEGORIES,
  DEMO_COMPANY_PROFILE,
  DEMO_LEADS,
  DEMO_LOOSE_QUOTATIONS,
  DEMO_OPPORTUNITIES,
  DEMO_PRODUCTS,
  type DemoCampaignKey,
  type DemoLine,
  type DemoQuotation,
} from './seed-demo-sales-data.js';

const DOMAIN = '@muster-maschinenbau.de';
const DAY = 24 * 3600 * 1000;
/** The stages migration 0015 seeds (Neu … Verhandlung); an installation may have changed them. */
const SEEDED_STAGE_IDS = [1, 2, 3, 4, 5].map((n) => `00000000-0000-7000-8001-${String(n).padStart(12, '0')}`);

const roleOf = storedEnum(ROLE_KEYS, 'read-only');
const visibilityOf = storedEnum(VISIBILITIES, 'own');

export interface DemoSalesCounts {
  profile: boolean;
  products: number;
  campaigns: number;
  leads: number;
  opportunities: number;
  quotations: number;
  orders: number;
}

/** The summary line of `kontor seed --demo` for the sales data. */
export function demoSalesSummary(counts: DemoSalesCounts): string {
  return `Vertrieb: ${counts.products} Produkte, ${counts.campaigns} Kampagnen, ${counts.leads} Leads, ${counts.opportunities} Chancen, ${counts.quotations} Angebote und ${counts.orders} Aufträge angelegt${counts.profile ? ', Firmendaten ausgefüllt' : ''}.`;
}

/**
 * The services as app.ts wires them, on one event bus: statuses follow their documents through
 * SalesStatusSync, timelines get their system entries, the search index keeps up.
 */
function salesServices(db: Kysely<Database>, engine: Engine) {
  const outbox = new LiveOutbox(db, engine);
  const live: LivePublisher = { publish: (trx, event) => outbox.insert(trx, event) };
  const events = new EventBus();
  const organizations = new OrganizationService(db, engine, events);
  const products = new ProductService(db, engine, events);
  products.subscribe(events);
  const contacts = new ContactService(db, engine, organizations, events);
  contactCityKeys.subscribe(events);
  const records = new RecordDirectory();
  for (const linkable of [
    linkableOrganization,
    linkableContact,
    linkableActivity,
    linkableOpportunity,
    linkableLead,
    linkableQuotation,
    linkableSalesOrder,
  ])
    records.register(linkable);
  new NotificationService(db, records, live).subscribe(events);
  const recorder = new ActivityRecorder(events, live);
  subscribeActivities(events, recorder);
  const salesStatus = new SalesStatusSync(recorder);
  events.on('sales.changed', async (trx, event) => void (await salesStatus.refresh(trx, event)));
  const stageTimeline = new StageTimeline(recorder);
  const opportunities = new OpportunityService(db, engine, events, stageTimeline);
  const companyProfile = new CompanyProfileService(db);
  new SearchService(db, [
    organizationSearch,
    contactSearch,
    leadSearch,
    opportunitySearch,
    quotationSearch,
    salesOrderSearch,
  ]).subscribe(events);
  return {
    companyProfile,
    products,
    campaigns: new CampaignService(db, engine, events),
    leads: new LeadService(db, engine, events),
    conversion: new LeadConversion(db, organizations, contacts, recorder, events),
    opportunities,
    opportunityActions: new OpportunityActions(db, events, opportunities, stageTimeline),
    quotations: new QuotationService(db, engine, events, companyProfile),
    quotationActions: new QuotationActions(db, events, recorder, companyProfile),
  };
}

/**
 * The demo company's sales (issue 5 item 8): letterhead, catalogue, two campaigns, leads and a
 * pipeline of opportunities with quotations and two orders, worked through the services by the
 * demo users themselves, so statuses, numbers and timeline entries are those of real use.
 * Idempotent: the letterhead is filled only while empty, the rest is skipped once demo sales
 * data exists (a demo product's SKU, or a lead, opportunity or campaign of a demo user).
 */
export async function seedDemoSales(db: Kysely<Database>, engine: Engine): Promise<DemoSalesCounts> {
  const counts: DemoSalesCounts = {
    profile: false,
    products: 0,
    campaigns: 0,
    leads: 0,
    opportunities: 0,
    quotations: 0,
    orders: 0,
  };
  const users = new Map(
    (await db.selectFrom('users').select(['id', 'email']).where('email', 'like', `%${DOMAIN}`).execute()).map(
      (u) => [u.email.slice(0, -DOMAIN.length), u.id],
    ),
  );
  if (!users.has('k.berger')) return counts;
  const credentials = new CredentialRepository(db);
  const principals = new Map<string, Principal>();
  const as = async (who: string): Promise<Principal> => {
    const known = principals.get(who);
    if (known) return known;
    const row = await credentials.findActivePrincipal(userId(who));
    if (!row) throw new Error(`Demo-Benutzer ${who}${DOMAIN} ist nicht aktiv`);
    const principal: Principal = {
      userId: row.userId,
      role: roleOf(row.role),
      language: 'de',
      permissions: row.permissions as Permission[],
      visibility: visibilityOf(row.visibility),
      teamIds: row.teamIds,
      via: 'token',
    };
    principals.set(who, principal);
    return principal;
  };
  const userId = (who: string): string => {
    const id = users.get(who);
    if (!id) throw new Error(`Demo-Benutzer ${who}${DOMAIN} fehlt`);
    return id;
  };
  const services = salesServices(db, engine);

  // The letterhead comes first: new quotations take their terms from it.
  const profile = await services.companyProfile.get();
  if (profile.name === '') {
    await services.companyProfile.replace(
      await as('k.berger'),
      companyProfileInputSchema.parse({ ...DEMO_COMPANY_PROFILE, version: profile.version }),
    );
    counts.profile = true;
  }
  if (await alreadySeeded(db, [...users.values()])) return counts;

  const today = companyToday();
  const day = (offset: number) => new Date(Date.parse(today) + offset * DAY).toISOString().slice(0, 10);
  const organizations = new Map(
    (await db.selectFrom('organizations').select(['id', 'name']).execute()).map((o) => [o.name, o.id]),
  );
  const contacts = new Map(
    (await db.selectFrom('contacts').select(['id', 'first_name', 'last_name']).execute()).map((c) => [
      `${c.first_name} ${c.last_name}`,
      c.id,
    ]),
  );
  const organizationId = (name: string): string => {
    const id = organizations.get(name);
    if (!id) throw new Error(`Demo-Organisation ${name} fehlt`);
    return id;
  };

  // Catalogue: kept up to date by the inside sales team.
  const innendienst = await as('s.wagner');
  const categories = new Map<string, string>();
  for (const category of DEMO_CATEGORIES) {
    const created = await services.products.createCategory(
      innendienst,
      createProductCategorySchema.parse({
        name: category.name,
        parentId: category.parent ? (categories.get(category.parent) ?? null) : null,
      }),
    );
    categories.set(category.name, created.id);
  }
  const products = new Map<string, LineItem>();
  for (const product of DEMO_PRODUCTS) {
    const created = await services.products.create(
      innendienst,
      createProductSchema.parse({
        name: product.name,
        sku: product.sku,
        type: product.type,
        categoryId: categories.get(product.category) ?? null,
        unit: product.unit,
        listPriceCents: product.priceCents,
        taxRate: product.taxRate ?? 19,
        supplierIds: (product.suppliers ?? []).flatMap((name) => organizations.get(name) ?? []),
        description: product.description ?? null,
      }),
    );
    products.set(product.sku, {
      productId: created.id,
      description: created.name,
      quantityMilli: 1000,
      unit: created.unit,
      unitPriceCents: product.priceCents,
      discountBasisPoints: 0,
      taxRate: product.taxRate ?? 19,
    });
    counts.products++;
  }
  const lines = (demo: DemoLine[]): LineItem[] =>
    demo.map((line) => {
      const product = products.get(line.sku);
      if (!product) throw new Error(`Demo-Produkt ${line.sku} fehlt`);
      return {
        ...product,
        quantityMilli: line.quantity * 1000,
        discountBasisPoints: (line.discountPercent ?? 0) * 100,
      };
    });

  // Campaigns: decided by the sales manager.
  const manager = await as('a.schneider');
  const fairStart = day(-52);
  const mailingStart = day(-21);
  const campaigns = new Map<DemoCampaignKey, string>();
  for (const [key, input] of [
    [
      'fair',
      {
        name: `Hannover Messe ${fairStart.slice(0, 4)}`,
        channel: 'trade-fair',
        startsOn: fairStart,
        endsOn: day(-48),
        budgetCents: 4_500_000,
        actualCostCents: 4_825_000,
        description:
          'Gemeinschaftsstand in Halle 17 mit Schäfer & Söhne: Rollenbahn RB 120 und Palettierer PX 3 live.',
      },
    ],
    [
      'newsletter',
      {
        name: `Newsletter ${season(mailingStart)} ${mailingStart.slice(0, 4)}`,
        channel: 'mailing',
        startsOn: mailingStart,
        endsOn: day(-7),
        budgetCents: 250_000,
        actualCostCents: 198_000,
        ownerId: userId('s.wagner'),
        description: 'Kundennewsletter: Steuerungsnachrüstung S7-1500 und Wartungsverträge.',
      },
    ],
  ] as const) {
    const created = await services.campaigns.create(manager, createCampaignSchema.parse(input));
    campaigns.set(key, created.id);
    counts.campaigns++;
  }

  const stages = await stageIds(db);
  const lostReasons = await lostReasonIds(db);
  const lostReason = (name: string): string => {
    const id = lostReasons.get(name) ?? [...lostReasons.values()][0];
    if (!id) throw new Error('Keine Verlustgründe angelegt');
    return id;
  };

  // Leads from the fair, the newsletter and elsewhere, each worked by its owner.
  const leads = new Map<string, string>();
  for (const demo of DEMO_LEADS) {
    const owner = await as(demo.owner);
    let lead = await services.leads.create(
      owner,
      createLeadSchema.parse({
        companyName: demo.companyName,
        salutation: demo.salutation,
        title: demo.title ?? null,
        firstName: demo.firstName,
        lastName: demo.lastName,
        position: demo.position,
        email: demo.email,
        phone: demo.phone ?? null,
        city: demo.city,
        source: demo.source,
        campaignId: demo.campaign ? (campaigns.get(demo.campaign) ?? null) : null,
        abcClass: demo.abcClass ?? null,
        nextFollowUpOn: demo.followUpInDays === undefined ? null : day(demo.followUpInDays),
      }),
    );
    leads.set(demo.key, lead.id);
    counts.leads++;
    if (demo.status)
      lead = await services.leads.setStatus(
        owner,
        lead.id,
        setLeadStatusSchema.parse({ status: demo.status, version: lead.version }),
      );
    if (demo.convert) {
      const converted = await services.conversion.convert(
        owner,
        lead.id,
        convertLeadSchema.parse({
          version: lead.version,
          organization: { mode: 'create', name: demo.companyName, confirmNoDuplicate: true },
          contact: { mode: 'create', confirmNoDuplicate: true },
          opportunity: {
            name: demo.convert.opportunity,
            expectedRevenueCents: demo.convert.revenueCents,
            expectedCloseDate: day(demo.convert.closeInDays),
            stageId: stages[demo.convert.stage],
          },
        }),
      );
      if (converted.opportunityId) counts.opportunities++;
    }
  }

  /** Writes a quotation and takes it as far as the demo says: sent, revised, lost or ordered. */
  const quote = async (
    owner: Principal,
    customer: { opportunityId: string } | { organizationId: string; contactId: string | null },
    demo: DemoQuotation,
  ) => {
    const { quotations, quotationActions: actions } = services;
    let detail: QuotationDetail = await quotations.create(
      owner,
      createQuotationSchema.parse({
        ...customer,
        introText: demo.introText,
        ...(demo.validForDays ? { validUntil: day(demo.validForDays) } : {}),
        lines: lines(demo.lines),
      }),
    );
    counts.quotations++;
    if (demo.outcome === 'draft') return;
    detail = await actions.submit(owner, detail.id, detail.version);
    if (demo.revision) {
      const next = await actions.newVersion(owner, detail.id, detail.version);
      counts.quotations++;
      const revised = await quotations.update(
        owner,
        next.id,
        updateQuotationSchema.parse({
          version: next.version,
          introText: demo.revision.introText,
          ...(demo.validForDays ? { validUntil: day(demo.validForDays) } : {}),
          lines: lines(demo.revision.lines),
        }),
      );
      detail = await actions.submit(owner, revised.id, revised.version);
    }
    if (demo.outcome === 'lost' && demo.lost)
      await actions.markLost(
        owner,
        detail.id,
        markQuotationLostSchema.parse({
          version: detail.version,
          lostReasonIds: [lostReason(demo.lost.reason)],
          competitorIds: demo.lost.competitor ? [organizationId(demo.lost.competitor)] : [],
          note: demo.lost.note,
        }),
      );
    if (demo.outcome === 'ordered') {
      const ordered = await actions.order(owner, detail.id, detail.version);
      if (ordered.order) counts.orders++;
    }
  };

  // The pipeline: each opportunity entered in the first stage, moved on as it progressed.
  for (const demo of DEMO_OPPORTUNITIES) {
    const owner = await as(demo.owner);
    const created = await services.opportunities.create(
      owner,
      createOpportunitySchema.parse({
        name: demo.name,
        organizationId: demo.organization ? organizationId(demo.organization) : null,
        leadId: demo.lead ? (leads.get(demo.lead) ?? null) : null,
        contactId: demo.contact ? (contacts.get(demo.contact) ?? null) : null,
        stageId: stages[0],
        expectedRevenueCents: demo.revenueCents,
        probability: demo.probability ?? null,
        expectedCloseDate: day(demo.closeInDays),
        teamId: owner.teamIds.length === 1 ? owner.teamIds[0] : null,
        source: demo.source ?? null,
        campaignId: demo.campaign ? (campaigns.get(demo.campaign) ?? null) : null,
        competitorIds: (demo.competitors ?? []).map(organizationId),
      }),
    );
    counts.opportunities++;
    let version = created.version;
    const target = stages[demo.stage];
    if (target && target !== created.stageId)
      ({ version } = await services.opportunityActions.move(owner, created.id, { stageId: target, version }));
    if (demo.status)
      await services.opportunityActions.setStatus(
        owner,
        created.id,
        setOpportunityStatusSchema.parse(
          demo.status === 'replied'
            ? { status: 'replied', version }
            : {
                status: 'lost',
                version,
                lostReasonIds: [lostReason(demo.status.lost)],
                lostNote: demo.status.note,
              },
        ),
      );
    if (demo.quotation) await quote(owner, { opportunityId: created.id }, demo.quotation);
  }
  for (const demo of DEMO_LOOSE_QUOTATIONS)
    await quote(
      await as(demo.owner),
      { organizationId: organizationId(demo.organization), contactId: contacts.get(demo.contact) ?? null },
      demo.quotation,
    );
  return counts;
}

/** Whether the demo's sales data is there already: a demo product, or sales records of demo users. */
async function alreadySeeded(db: Kysely<Database>, demoUserIds: string[]): Promise<boolean> {
  const skus = DEMO_PRODUCTS.map((p) => p.sku);
  const found = await Promise.all([
    db.selectFrom('products').select('id').where('sku', 'in', skus).limit(1).executeTakeFirst(),
    ...(['leads', 'opportunities', 'campaigns'] as const).map((table) =>
      db.selectFrom(table).select('id').where('created_by', 'in', demoUserIds).limit(1).executeTakeFirst(),
    ),
  ]);
  return found.some((row) => row !== undefined);
}

/**
 * The five pipeline stages the demo places opportunities in: the seeded ones where they still
 * exist, else the installation's stage at that position (the last one for positions beyond).
 */
async function stageIds(db: Kysely<Database>): Promise<string[]> {
  const stages = (
    await db.selectFrom('pipeline_stages').select('id').orderBy('position').orderBy('id').execute()
  ).map((s) => s.id);
  if (stages.length === 0) throw new Error('Keine Pipeline-Phasen angelegt');
  return SEEDED_STAGE_IDS.map(
    (id, index) => (stages.includes(id) ? id : stages[Math.min(index, stages.length - 1)]) as string,
  );
}

async function lostReasonIds(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('lost_reasons')
    .select(['id', 'name'])
    .where('active', '=', 1)
    .orderBy('position')
    .execute();
  return new Map(rows.map((r) => [r.name, r.id]));
}

/** The season a date (YYYY-MM-DD) falls in, as a newsletter is named after it. */
function season(date: string): string {
  const month = Number(date.slice(5, 7));
  if (month >= 3 && month <= 5) return 'Frühjahr';
  if (month >= 6 && month <= 8) return 'Sommer';
  if (month >= 9 && month <= 11) return 'Herbst';
  return 'Winter';
}
