import type { Generated } from 'kysely';
import type {
  ActivitiesTable,
  ActivityLinksTable,
  ActivityNoteTypesTable,
  DocumentsTable,
  LiveEventsTable,
  NotificationsTable,
} from './schema-activities.js';
import type {
  CampaignsTable,
  ProductCategoriesTable,
  ProductSuppliersTable,
  ProductsTable,
} from './schema-catalog.js';
import type { CompanyProfileTable } from './schema-company.js';
import type {
  LeadsTable,
  LostReasonsTable,
  OpportunitiesTable,
  OpportunityCompetitorsTable,
  OpportunityLostReasonsTable,
  OpportunityStageTotalsTable,
  PipelineStagesTable,
  QuotationCompetitorsTable,
  QuotationLinesTable,
  QuotationLinksTable,
  QuotationLinkVisitsTable,
  QuotationLostReasonsTable,
  QuotationsTable,
  SalesOrderLinesTable,
  SalesOrdersTable,
} from './schema-sales.js';

export type * from './schema-activities.js';
export type * from './schema-catalog.js';
export type * from './schema-company.js';
export type * from './schema-sales.js';

/**
 * Table types shared by both engines. Timestamps are UTC ISO 8601 text and flags are 0/1
 * integers on both engines, so queries and results look the same everywhere
 * (docs/decisions/0003-portable-column-types.md).
 */
export interface RolesTable {
  key: string;
  permissions: string;
  visibility: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  role_key: string;
  language: string;
  color_scheme: string;
  active: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface TeamsTable {
  id: string;
  name: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface InvitationsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface SequencesTable {
  name: string;
  value: number;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  name_key: string;
  kind: string;
  relationships: string;
  customer_number: string | null;
  supplier_number: string | null;
  parent_id: string | null;
  industry: string | null;
  abc_class: string | null;
  size: string | null;
  city: string | null;
  /** foldGerman of the city (for contacts: own, else the employer's), '' for none; for list filters and sort. */
  city_key: Generated<string>;
  website: string | null;
  vat_id: string | null;
  payment_terms_days: number | null;
  /** bigint: PostgreSQL returns it as a string. */
  credit_limit_cents: number | string | null;
  currency: string;
  owner_id: string | null;
  tags: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface AddressesTable {
  id: string;
  owner_type: string;
  owner_id: string;
  type: string;
  street: string | null;
  house_number: string | null;
  address_line2: string | null;
  po_box: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: string;
  position: number;
}

export interface FieldHistoryTable {
  id: string;
  record_type: string;
  record_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  changed_at: string;
  changed_by: string | null;
}

export interface ContactsTable {
  id: string;
  salutation: string | null;
  title: string | null;
  first_name: string | null;
  last_name: string;
  name: string;
  name_key: string;
  language: string;
  birthday: string | null;
  preferred_channel: string | null;
  do_not_contact: number;
  marketing_consent: number;
  current_employment_id: string | null;
  primary_email: string | null;
  primary_phone: string | null;
  city: string | null;
  /** foldGerman of the city (for contacts: own, else the employer's), '' for none; for list filters and sort. */
  city_key: Generated<string>;
  owner_id: string | null;
  tags: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface EmploymentsTable {
  id: string;
  contact_id: string;
  organization_id: string;
  position: string | null;
  department: string | null;
  start_date: string | null;
  end_date: string | null;
  is_main_contact: number;
}

export interface ContactEmailsTable {
  id: string;
  contact_id: string;
  type: string;
  address: string;
  address_key: string;
  position: number;
}

export interface ContactPhonesTable {
  id: string;
  contact_id: string;
  type: string;
  number: string;
  number_key: string | null;
  position: number;
}

export interface SearchTermsTable {
  term: string;
  record_type: string;
  record_id: string;
}

export interface SearchDocumentsTable {
  record_type: string;
  record_id: string;
  owner_id: string | null;
  title: string;
  subtitle: string | null;
}

/** The distinct typo-capable terms of search_terms (0007). */
export interface SearchVocabularyTable {
  term: string;
}

/** Deletion keys of the vocabulary, for typo-tolerant search (domain/src/search-typos.ts). */
export interface SearchTypoKeysTable {
  key: string;
  term: string;
}

export interface SavedViewsTable {
  id: string;
  record_type: string;
  owner_id: string;
  /** Null: the view is private to its owner. */
  team_id: string | null;
  name: string;
  /** The name lower-cased, for case-insensitive uniqueness per owner and record type. */
  name_key: string;
  /** The view state as JSON (domain/src/views.ts). */
  state: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A user's default view of a record type's list. */
export interface SavedViewDefaultsTable {
  user_id: string;
  record_type: string;
  view_id: string;
}

export interface LocksTable {
  name: string;
}

export interface ImportUploadsTable {
  id: string;
  user_id: string;
  record_type: string;
  file_name: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  size_bytes: number;
  /** Data rows (without header and blank rows), counted at upload for the progress bar. */
  row_count: number;
  /** JSON array of the header cells. */
  headers: string;
  created_at: string;
}

export interface ImportJobsTable {
  id: string;
  upload_id: string;
  user_id: string;
  record_type: string;
  file_name: string;
  status: string;
  dry_run: number;
  duplicate_policy: string;
  /** JSON array: the field of each column, or null. */
  mapping: string;
  total_rows: number;
  rows_read: Generated<number>;
  created_count: Generated<number>;
  updated_count: Generated<number>;
  skipped_count: Generated<number>;
  failed_count: Generated<number>;
  last_row: number | null;
  error_code: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ImportFailuresTable {
  job_id: string;
  row_number: number;
  /** JSON arrays: the row's original cells and its problems. */
  cells: string;
  errors: string;
}

export interface Database {
  roles: RolesTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  sequences: SequencesTable;
  locks: LocksTable;
  organizations: OrganizationsTable;
  addresses: AddressesTable;
  field_history: FieldHistoryTable;
  contacts: ContactsTable;
  employments: EmploymentsTable;
  contact_emails: ContactEmailsTable;
  contact_phones: ContactPhonesTable;
  search_terms: SearchTermsTable;
  search_documents: SearchDocumentsTable;
  saved_views: SavedViewsTable;
  saved_view_defaults: SavedViewDefaultsTable;
  search_vocabulary: SearchVocabularyTable;
  search_typo_keys: SearchTypoKeysTable;
  import_uploads: ImportUploadsTable;
  import_jobs: ImportJobsTable;
  import_failures: ImportFailuresTable;
  activity_note_types: ActivityNoteTypesTable;
  activities: ActivitiesTable;
  activity_links: ActivityLinksTable;
  documents: DocumentsTable;
  live_events: LiveEventsTable;
  notifications: NotificationsTable;
  product_categories: ProductCategoriesTable;
  products: ProductsTable;
  product_suppliers: ProductSuppliersTable;
  campaigns: CampaignsTable;
  pipeline_stages: PipelineStagesTable;
  lost_reasons: LostReasonsTable;
  leads: LeadsTable;
  opportunities: OpportunitiesTable;
  opportunity_competitors: OpportunityCompetitorsTable;
  opportunity_lost_reasons: OpportunityLostReasonsTable;
  opportunity_stage_totals: OpportunityStageTotalsTable;
  quotations: QuotationsTable;
  quotation_lines: QuotationLinesTable;
  quotation_lost_reasons: QuotationLostReasonsTable;
  quotation_competitors: QuotationCompetitorsTable;
  sales_orders: SalesOrdersTable;
  sales_order_lines: SalesOrderLinesTable;
  quotation_links: QuotationLinksTable;
  quotation_link_visits: QuotationLinkVisitsTable;
  company_profile: CompanyProfileTable;
}
