import { type Kysely, sql } from 'kysely';

// The company's own details (letterhead of quotations and orders). Exactly one row, made here,
// so reading it never has to handle "not set up yet" and concurrent first saves cannot make two.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('company_profile')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name_addition', 'text')
    .addColumn('street', 'text')
    .addColumn('house_number', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country_code', 'text', (c) => c.notNull().defaultTo('DE'))
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('website', 'text')
    .addColumn('vat_id', 'text')
    .addColumn('tax_number', 'text')
    .addColumn('register_court', 'text')
    .addColumn('register_number', 'text')
    .addColumn('managing_directors', 'text')
    .addColumn('bank_name', 'text')
    .addColumn('iban', 'text')
    .addColumn('bic', 'text')
    .addColumn('quotation_validity_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('payment_terms', 'text')
    .addColumn('quotation_terms', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('company_profile_single_row', sql`id = 'company'`)
    .execute();
  await db
    .insertInto('company_profile')
    .values({ id: 'company', updated_at: new Date().toISOString() })
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('company_profile').execute();
}
