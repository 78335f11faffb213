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
import { linkableSalesOrder } from '../modules/sales-orders/linkable.js';
import { salesOrderSearch } from '../modules/sales-orders/search.js';
import { SalesStatusSync } from '../modules/sales-status/sync.js';
import { contactSearch, organizationSearch } from '../modules/search/providers.js';
import { SearchService } from '../modules/search/service.js';
import type { Engine } from '../platform/db/connection.js';
import type { Database } from '../platform/db/schema.js';
import { EventBus } from '../platform/events/bus.js';
import { LiveOutbox } from '../platform/live/outbox.js';
import type { LivePublisher } from '../platform/live/types.js';
import { RecordDirectory } from '../platform/records/record-directory.js';

/**
 * The services the demo seed works through, wired as app.ts wires them (status sync, search
 * index, notifications, activity reactions, the live outbox), so seeded records are like real ones.
 */
export function salesServices(db: Kysely<Database>, engine: Engine) {
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
  const conversion = new LeadConversion(db, organizations, contacts, recorder, events);
  return {
    companyProfile,
    products,
    campaigns: new CampaignService(db, engine, events),
    leads: new LeadService(db, engine, events),
    conversion,
    opportunities,
    opportunityActions: new OpportunityActions(db, events, opportunities, stageTimeline),
    quotations: new QuotationService(db, engine, events, companyProfile),
    quotationActions: new QuotationActions(db, events, companyProfile, conversion),
  };
}
