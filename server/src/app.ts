import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { CAMPAIGN } from '@kontor/domain/campaigns';
import { CONTACT } from '@kontor/domain/contacts';
import { DOCUMENT } from '@kontor/domain/documents';
import { LEAD } from '@kontor/domain/leads';
import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { ORGANIZATION } from '@kontor/domain/organizations';
import { PRODUCT } from '@kontor/domain/products';
import { QUOTATION } from '@kontor/domain/quotations';
import { SALES_ORDER } from '@kontor/domain/sales-orders';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ActivityActions } from './modules/activities/actions.js';
import { linkableActivity } from './modules/activities/linkable.js';
import { NoteTypeService } from './modules/activities/note-types.js';
import { subscribeActivities } from './modules/activities/reactions.js';
import { ActivityRecorder } from './modules/activities/recorder.js';
import { activityRoutes, noteTypeRoutes } from './modules/activities/routes.js';
import { ActivityService } from './modules/activities/service.js';
import { authRoutes } from './modules/auth/routes.js';
import { AuthService } from './modules/auth/service.js';
import { campaignRoutes } from './modules/campaigns/routes.js';
import { CampaignService } from './modules/campaigns/service.js';
import { companyProfileRoutes } from './modules/company-profile/routes.js';
import { CompanyProfileService } from './modules/company-profile/service.js';
import { contactCityKeys } from './modules/contacts/city-keys.js';
import { linkableContact } from './modules/contacts/linkable.js';
import { contactRoutes } from './modules/contacts/routes.js';
import { ContactService } from './modules/contacts/service.js';
import { customerLinkRoutes } from './modules/customer-links/routes.js';
import { CustomerLinkService } from './modules/customer-links/service.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { DashboardService } from './modules/dashboard/service.js';
import { documentRoutes } from './modules/documents/routes.js';
import { DocumentService } from './modules/documents/service.js';
import { healthRoutes } from './modules/health/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { ImportService } from './modules/imports/service.js';
import { LeadConversion } from './modules/leads/conversion.js';
import { linkableLead } from './modules/leads/linkable.js';
import { leadRoutes } from './modules/leads/routes.js';
import { leadSearch } from './modules/leads/search.js';
import { LeadService } from './modules/leads/service.js';
import { liveRoutes } from './modules/live/routes.js';
import { startDueChecks } from './modules/notifications/due-job.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { NotificationService } from './modules/notifications/service.js';
import { OpportunityActions } from './modules/opportunities/actions.js';
import { startOpportunityAutoClose } from './modules/opportunities/auto-close.js';
import { OpportunityBoard } from './modules/opportunities/board.js';
import { linkableOpportunity } from './modules/opportunities/linkable.js';
import { opportunityRoutes } from './modules/opportunities/routes.js';
import { opportunitySearch } from './modules/opportunities/search.js';
import { OpportunityService } from './modules/opportunities/service.js';
import { StageTimeline } from './modules/opportunities/stage-timeline.js';
import { linkableOrganization } from './modules/organizations/linkable.js';
import { organizationRoutes } from './modules/organizations/routes.js';
import { OrganizationService } from './modules/organizations/service.js';
import { LostReasonService } from './modules/pipeline/lost-reasons.js';
import { pipelineRoutes } from './modules/pipeline/routes.js';
import { PipelineStageService } from './modules/pipeline/stages.js';
import { productRoutes } from './modules/products/routes.js';
import { ProductService } from './modules/products/service.js';
import { QuotationActions } from './modules/quotations/actions.js';
import { expireQuotations, startExpiryChecks } from './modules/quotations/expiry.js';
import { linkableQuotation } from './modules/quotations/linkable.js';
import { linkedQuotations } from './modules/quotations/linked-quotations.js';
import { quotationRoutes } from './modules/quotations/routes.js';
import { quotationSearch } from './modules/quotations/search.js';
import { QuotationService } from './modules/quotations/service.js';
import { reportRoutes } from './modules/reports/routes.js';
import { roleRoutes } from './modules/roles/routes.js';
import { RoleService } from './modules/roles/service.js';
import { SalesOrderActions } from './modules/sales-orders/actions.js';
import { linkableSalesOrder } from './modules/sales-orders/linkable.js';
import { salesOrderRoutes } from './modules/sales-orders/routes.js';
import { salesOrderSearch } from './modules/sales-orders/search.js';
import { SalesOrderService } from './modules/sales-orders/service.js';
import { SalesStatusSync } from './modules/sales-status/sync.js';
import { contactSearch, organizationSearch } from './modules/search/providers.js';
import { searchRoutes } from './modules/search/routes.js';
import { SearchService } from './modules/search/service.js';
import { teamRoutes } from './modules/teams/routes.js';
import { TeamService } from './modules/teams/service.js';
import { tokenRoutes } from './modules/tokens/routes.js';
import { ApiTokenService } from './modules/tokens/service.js';
import { userRoutes } from './modules/users/routes.js';
import { UserService } from './modules/users/service.js';
import { VcardImporter } from './modules/vcard/import.js';
import { vcardRoutes } from './modules/vcard/routes.js';
import { savedViewRoutes } from './modules/views/routes.js';
import { SavedViewService } from './modules/views/service.js';
import { registerAccessControl } from './platform/auth/access.js';
import { LoginThrottle } from './platform/auth/login-throttle.js';
import { SessionManager } from './platform/auth/sessions.js';
import type { Config } from './platform/config.js';
import { type DatabaseHandle, migrateToLatest, openDatabase } from './platform/db/connection.js';
import { EventBus } from './platform/events/bus.js';
import { handleError, notFoundProblem, registerErrorHandler } from './platform/http/error-handler.js';
import { registerHostGuard } from './platform/http/host-guard.js';
import { registerInputGuards } from './platform/http/input-guards.js';
import { RouteTable } from './platform/http/route-table.js';
import { CONTENT_SECURITY_POLICY } from './platform/http/security.js';
import { registerStaticWeb } from './platform/http/static-web.js';
import { LiveHub, type LiveSettings } from './platform/live/hub.js';
import { loggerOptions } from './platform/logging.js';
import { RecordDirectory } from './platform/records/record-directory.js';
import { LocalFileStorage } from './platform/storage/local-storage.js';

export interface AppOptions {
  /** Use this database instead of opening the configured one (tests share a handle). */
  database?: DatabaseHandle;
  /** Failed logins allowed per account and per address within 15 minutes. */
  loginAttempts?: number;
  /** Live-event timings and limits (tests shorten them). */
  live?: Partial<LiveSettings>;
}

/** Builds the whole Kontor server (API and web app) for the given configuration. */
export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const database = options.database ?? openDatabase(config.database);
  await migrateToLatest(database.db);

  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Long IDs and filters fit; anything longer is hostile or broken.
    routerOptions: { maxParamLength: 200 },
    return503OnClosing: true,
    frameworkErrors: handleError,
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onClose', async () => {
    if (!options.database) await database.close();
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerHostGuard(app, config.publicUrl);
  registerInputGuards(app);

  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.add(route.url, route.method));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Swagger UI and the SPA load only same-origin resources; nothing needs cross-origin embedding.
    crossOriginEmbedderPolicy: false,
    hsts: config.publicUrl?.startsWith('https://') ? { maxAge: 15552000 } : false,
  });
  await app.register(fastifyCookie);
  // Before any plugin adds routes, so that every route, the docs UI's too, passes the access check.
  const sessions = new SessionManager(database.db, config.sessionDays);
  registerAccessControl(app, sessions, { publicUrl: config.publicUrl });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kontor API', description: 'REST API of the Kontor CRM', version: '0.1.0' },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'kontor_session' },
        },
      },
      security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: false });

  const users = new UserService(database.db);
  const auth = new AuthService(
    database.db,
    users,
    sessions,
    new LoginThrottle(options.loginAttempts ?? 10, 15 * 60_000),
  );

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  healthRoutes(app, database);
  authRoutes(app, { auth, users, publicUrl: config.publicUrl });
  userRoutes(app, users);
  teamRoutes(app, new TeamService(database.db));
  tokenRoutes(app, new ApiTokenService(database.db));
  roleRoutes(app, new RoleService(database.db));
  const events = new EventBus();
  // Live events (SSE at /api/events): published inside transactions, delivered after commit.
  const live = new LiveHub(database, app.log, options.live);
  await live.start();
  // Before the server closes: open streams would keep it waiting for them.
  app.addHook('preClose', () => live.stop());
  app.decorate('liveHub', live);
  liveRoutes(app, live, database.db);
  const organizations = new OrganizationService(database.db, database.engine, events);
  organizationRoutes(app, organizations);
  const products = new ProductService(database.db, database.engine, events);
  productRoutes(app, products);
  products.subscribe(events);
  campaignRoutes(app, new CampaignService(database.db, database.engine, events));
  const contacts = new ContactService(database.db, database.engine, organizations, events);
  contactRoutes(app, contacts);
  contactCityKeys.subscribe(events);
  vcardRoutes(app, contacts, new VcardImporter(database.db, contacts));
  // Record types that activities and documents link to; later record modules register theirs.
  const records = new RecordDirectory();
  records.register(linkableOrganization);
  records.register(linkableContact);
  records.register(linkableActivity);
  records.register(linkableOpportunity);
  records.register(linkableLead);
  const documents = new DocumentService(
    database.db,
    database.engine,
    records,
    new LocalFileStorage(path.join(config.dataDir, 'files')),
    events,
    config.uploadLimit,
    app.log,
  );
  documents.subscribe(events);
  documentRoutes(app, documents);
  // Stored files whose records were deleted go at start and hourly.
  const stopSweeping = documents.startSweeping(3_600_000);
  app.addHook('onClose', () => stopSweeping());
  // Notifications (X7), pushed to the bell live.
  const notifications = new NotificationService(database.db, records, live);
  notifications.subscribe(events);
  app.decorate('notifications', notifications);
  notificationRoutes(app, notifications);
  const dueChecks = startDueChecks(notifications, config.dueCheckSeconds, app.log);
  app.addHook('onClose', () => dueChecks.stop());
  const recorder = new ActivityRecorder(events, live);
  const activities = new ActivityService(database.db, database.engine, records, recorder);
  subscribeActivities(events, recorder);
  // S5: statuses follow their documents in the transaction of the action that changed them.
  const salesStatus = new SalesStatusSync(recorder);
  events.on('sales.changed', async (trx, event) => void (await salesStatus.refresh(trx, event)));
  // Opportunities (S2), their board and the pipeline settings.
  const pipelineStages = new PipelineStageService(database.db);
  pipelineRoutes(app, pipelineStages, new LostReasonService(database.db));
  const stageTimeline = new StageTimeline(recorder);
  const opportunities = new OpportunityService(database.db, database.engine, events, stageTimeline);
  opportunityRoutes(
    app,
    opportunities,
    new OpportunityActions(database.db, events, opportunities, stageTimeline),
    new OpportunityBoard(database.db, database.engine, pipelineStages),
  );
  const autoClose = startOpportunityAutoClose(database.db, events, app.log);
  app.addHook('onClose', () => autoClose.stop());
  const conversion = new LeadConversion(database.db, organizations, contacts, recorder, events);
  leadRoutes(app, new LeadService(database.db, database.engine, events), conversion);
  // Quotations (S3) and sales orders (S4); the quotation expiry runs at start and hourly.
  const companyProfile = new CompanyProfileService(database.db);
  records.register(linkableQuotation);
  records.register(linkableSalesOrder);
  const quotations = new QuotationService(database.db, database.engine, events, companyProfile);
  quotationRoutes(app, quotations, new QuotationActions(database.db, events, companyProfile, conversion));
  // The customer link: a submitted quotation opened and accepted online, without a login.
  const linked = linkedQuotations({ db: database.db, quotations, events, conversion });
  customerLinkRoutes(app, new CustomerLinkService(database.db, linked, recorder), config.publicUrl);
  salesOrderRoutes(
    app,
    new SalesOrderService(database.db, database.engine, events, companyProfile),
    new SalesOrderActions(database.db, events, recorder),
  );
  const expiry = startExpiryChecks(() => expireQuotations(database.db, events), 3600, app.log);
  app.addHook('onClose', () => expiry.stop());
  activityRoutes(app, activities, new ActivityActions(database.db, recorder, activities));
  noteTypeRoutes(app, new NoteTypeService(database.db));
  companyProfileRoutes(app, companyProfile);
  const search = new SearchService(database.db, [
    organizationSearch,
    contactSearch,
    leadSearch,
    opportunitySearch,
    quotationSearch,
    salesOrderSearch,
  ]);
  search.subscribe(events);
  searchRoutes(app, search);
  savedViewRoutes(
    app,
    new SavedViewService(database.db, [
      { record: ORGANIZATION, read: 'organizations.read' },
      { record: CONTACT, read: 'contacts.read' },
      { record: OPPORTUNITY, read: 'opportunities.read' },
      // Documents have no permission of their own; views hold only filters and order.
      { record: DOCUMENT, read: 'contacts.read' },
      { record: PRODUCT, read: 'products.read' },
      { record: CAMPAIGN, read: 'campaigns.read' },
      { record: LEAD, read: 'leads.read' },
      { record: QUOTATION, read: 'quotations.read' },
      { record: SALES_ORDER, read: 'orders.read' },
    ]),
  );

  const imports = new ImportService(database.db, config.dataDir, { organizations, contacts }, app.log);
  await imports.recover();
  importRoutes(app, imports);
  // Running imports stop after their batch, so nothing writes into a closed database.
  app.addHook('onClose', () => imports.runner.stop());
  reportRoutes(app, database.db, database.engine);
  dashboardRoutes(app, new DashboardService(database.db));

  const web = await registerStaticWeb(app, config.webDistDir);
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api');
    if (!isApi && request.method === 'GET' && web.sendApp(reply)) return reply;
    return notFoundProblem(reply, request, isApi ? routes.allowedMethods(request.url) : []);
  });

  // Expired sessions are cleared at start and hourly, so the table stays as large as the active user base.
  await sessions.purgeExpired();
  const purge = setInterval(
    () => void sessions.purgeExpired().catch((err) => app.log.warn({ err }, 'session purge failed')),
    3_600_000,
  );
  purge.unref();
  app.addHook('onClose', async () => clearInterval(purge));

  return app;
}
