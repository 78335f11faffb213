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
import { companyToday } from '../modules/sales-documents/dates.js';
import { CredentialRepository } from '../platform/auth/credential-repository.js';
import type { Principal } from '../platform/auth/principal.js';
import type { Engine } from '../platform/db/connection.js';
import type { Database } from '../platform/db/schema.js';
import { storedEnum } from '../platform/db/stored-enum.js';
import {
  DEMO_LOOSE_QUOTATIONS,
  DEMO_OPPORTUNITIES,
  type DemoLine,
  type DemoQuotation,
} from './seed-demo-pipeline-data.js';
import {
  DEMO_CATEGORIES,
  DEMO_COMPANY_PROFILE,
  DEMO_LEADS,
  DEMO_PRODUCTS,
  type DemoCampaignKey,
} from './seed-demo-sales-data.js';
import { alreadySeeded, lostReasonIds, season, stageIds } from './seed-demo-sales-lookups.js';
import { salesServices } from './seed-demo-sales-services.js';

const DOMAIN = '@muster-maschinenbau.de';
const DAY = 24 * 3600 * 1000;
/** The stages migration 0015 seeds (Neu … Verhandlung); an installation may have changed them. */

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
