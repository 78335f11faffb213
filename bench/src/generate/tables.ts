// The tables the generator fills, their column order, and where the rows go.

export type Table =
  | 'organizations'
  | 'addresses'
  | 'contacts'
  | 'employments'
  | 'contact_emails'
  | 'contact_phones'
  | 'search_documents'
  | 'search_terms'
  | 'search_vocabulary'
  | 'search_typo_keys';
export type Value = string | number | null;

/** Column order of the rows the generator emits; `int`/`bigint` columns need a cast on PostgreSQL. */
export const COLUMNS: Record<Table, readonly (readonly [string, 'text' | 'int' | 'bigint'])[]> = {
  organizations: [
    ['id', 'text'],
    ['name', 'text'],
    ['name_key', 'text'],
    ['kind', 'text'],
    ['relationships', 'text'],
    ['customer_number', 'text'],
    ['supplier_number', 'text'],
    ['parent_id', 'text'],
    ['industry', 'text'],
    ['abc_class', 'text'],
    ['size', 'text'],
    ['city', 'text'],
    ['city_key', 'text'],
    ['website', 'text'],
    ['vat_id', 'text'],
    ['payment_terms_days', 'int'],
    ['credit_limit_cents', 'bigint'],
    ['currency', 'text'],
    ['owner_id', 'text'],
    ['tags', 'text'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
    ['created_by', 'text'],
    ['version', 'int'],
  ],
  addresses: [
    ['id', 'text'],
    ['owner_type', 'text'],
    ['owner_id', 'text'],
    ['type', 'text'],
    ['street', 'text'],
    ['house_number', 'text'],
    ['address_line2', 'text'],
    ['po_box', 'text'],
    ['postal_code', 'text'],
    ['city', 'text'],
    ['country_code', 'text'],
    ['position', 'int'],
  ],
  contacts: [
    ['id', 'text'],
    ['salutation', 'text'],
    ['title', 'text'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['name', 'text'],
    ['name_key', 'text'],
    ['language', 'text'],
    ['birthday', 'text'],
    ['preferred_channel', 'text'],
    ['do_not_contact', 'int'],
    ['marketing_consent', 'int'],
    ['current_employment_id', 'text'],
    ['primary_email', 'text'],
    ['primary_phone', 'text'],
    ['city', 'text'],
    ['city_key', 'text'],
    ['owner_id', 'text'],
    ['tags', 'text'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
    ['created_by', 'text'],
    ['version', 'int'],
  ],
  employments: [
    ['id', 'text'],
    ['contact_id', 'text'],
    ['organization_id', 'text'],
    ['position', 'text'],
    ['department', 'text'],
    ['start_date', 'text'],
    ['end_date', 'text'],
    ['is_main_contact', 'int'],
  ],
  contact_emails: [
    ['id', 'text'],
    ['contact_id', 'text'],
    ['type', 'text'],
    ['address', 'text'],
    ['address_key', 'text'],
    ['position', 'int'],
  ],
  contact_phones: [
    ['id', 'text'],
    ['contact_id', 'text'],
    ['type', 'text'],
    ['number', 'text'],
    ['number_key', 'text'],
    ['position', 'int'],
  ],
  search_documents: [
    ['record_type', 'text'],
    ['record_id', 'text'],
    ['owner_id', 'text'],
    ['title', 'text'],
    ['subtitle', 'text'],
  ],
  search_terms: [
    ['term', 'text'],
    ['record_type', 'text'],
    ['record_id', 'text'],
  ],
  search_vocabulary: [['term', 'text']],
  search_typo_keys: [
    ['key', 'text'],
    ['term', 'text'],
  ],
};
/** Parents before children, so foreign keys hold after every flush. */
export const TABLE_ORDER: readonly Table[] = [
  'organizations',
  'addresses',
  'contacts',
  'employments',
  'contact_emails',
  'contact_phones',
  'search_documents',
  'search_terms',
  'search_vocabulary',
  'search_typo_keys',
];

/** Which tables a sink writes, with their column order; parents before children. */
export interface Layout<T extends string> {
  columns: Record<T, readonly (readonly [string, 'text' | 'int' | 'bigint'])[]>;
  order: readonly T[];
}

export const MASTER_DATA: Layout<Table> = { columns: COLUMNS, order: TABLE_ORDER };

export interface Sink<T extends string = Table> {
  add(table: T, row: Value[]): void;
  /** Called between whole records: a good moment to write out what has been gathered. */
  checkpoint(): Promise<void>;
  finish(sequences: Record<string, number>): Promise<void>;
}
