import { type Kysely, PostgresAdapter, sql } from 'kysely';

// The board's counts and sums per stage, status and owner, kept in step with `opportunities` by
// triggers in the writing transaction (decision 0017). The board sums these few rows instead of
// reading every opportunity's index entry. `owner_key` is the owner or '' for none, so the key
// is NOT NULL and an upsert of an ownerless row meets the same row on both engines; `owner_id`
// keeps the null for the visibility predicate. Rows whose count falls to 0 stay (at most stages ×
// statuses × users of them) so concurrent writers only ever update or upsert, never delete.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
type Db = Kysely<any>;

/** One row's weighted revenue in integer cents, half away from zero as repository weightedRevenue. */
const weighted = (row: 'new' | 'old') =>
  `(${row}.expected_revenue_cents * coalesce(${row}.probability, (select probability from pipeline_stages where id = ${row}.stage_id)) + 50) / 100`;

const add = `insert into opportunity_stage_totals
    (stage_id, status, owner_key, owner_id, count, expected_revenue_cents, weighted_revenue_cents)
  values (new.stage_id, new.status, coalesce(new.owner_id, ''), new.owner_id, 1,
    new.expected_revenue_cents, ${weighted('new')})
  on conflict (stage_id, status, owner_key) do update set
    count = opportunity_stage_totals.count + 1,
    expected_revenue_cents = opportunity_stage_totals.expected_revenue_cents + excluded.expected_revenue_cents,
    weighted_revenue_cents = opportunity_stage_totals.weighted_revenue_cents + excluded.weighted_revenue_cents;`;

const remove = `update opportunity_stage_totals set
    count = count - 1,
    expected_revenue_cents = expected_revenue_cents - old.expected_revenue_cents,
    weighted_revenue_cents = weighted_revenue_cents - ${weighted('old')}
  where stage_id = old.stage_id and status = old.status and owner_key = coalesce(old.owner_id, '');`;

/** A stage's weighted sums again from its rows, after its default probability changed. */
const rederive = `update opportunity_stage_totals set weighted_revenue_cents = coalesce((
    select sum((o.expected_revenue_cents * coalesce(o.probability, new.probability) + 50) / 100)
    from opportunities o
    where o.stage_id = opportunity_stage_totals.stage_id and o.status = opportunity_stage_totals.status
      and coalesce(o.owner_id, '') = opportunity_stage_totals.owner_key), 0)
  where stage_id = new.id;`;

const COLUMNS = ['stage_id', 'status', 'owner_id', 'expected_revenue_cents', 'probability'];

export async function up(db: Db): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('opportunity_stage_totals')
    .addColumn('stage_id', 'text', (c) => c.notNull().references('pipeline_stages.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_key', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('count', 'bigint', (c) => c.notNull())
    .addColumn('expected_revenue_cents', 'bigint', (c) => c.notNull())
    .addColumn('weighted_revenue_cents', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('opportunity_stage_totals_pk', ['stage_id', 'status', 'owner_key'])
    .execute();

  if (postgres) {
    const changed = COLUMNS.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
    await sql
      .raw(`create function opportunity_stage_totals_apply() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and not (${changed}) then
    return null;
  end if;
  -- Touch the two summary rows in key order, so two opposite moves (A → B and B → A) at the
  -- same time wait for each other instead of deadlocking; adding and removing commute.
  if tg_op = 'UPDATE' and row(new.stage_id, new.status, coalesce(new.owner_id, ''))
      < row(old.stage_id, old.status, coalesce(old.owner_id, '')) then
    ${add}
    ${remove}
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    ${remove}
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    ${add}
  end if;
  return null;
end $$`)
      .execute(db);
    await sql
      .raw(`create trigger opportunity_stage_totals_apply
  after insert or delete or update of ${COLUMNS.join(', ')} on opportunities
  for each row execute function opportunity_stage_totals_apply()`)
      .execute(db);
    await sql
      .raw(`create function opportunity_stage_totals_rederive() returns trigger language plpgsql as $$
begin
  ${rederive}
  return null;
end $$`)
      .execute(db);
    await sql
      .raw(`create trigger opportunity_stage_totals_rederive
  after update of probability on pipeline_stages
  for each row when (old.probability is distinct from new.probability)
  execute function opportunity_stage_totals_rederive()`)
      .execute(db);
  } else {
    const changed = COLUMNS.map((c) => `old.${c} is not new.${c}`).join(' or ');
    await sql
      .raw(`create trigger opportunity_stage_totals_insert after insert on opportunities begin ${add} end`)
      .execute(db);
    await sql
      .raw(`create trigger opportunity_stage_totals_delete after delete on opportunities begin ${remove} end`)
      .execute(db);
    await sql
      .raw(`create trigger opportunity_stage_totals_update after update of ${COLUMNS.join(', ')} on opportunities
  when ${changed} begin ${remove} ${add} end`)
      .execute(db);
    await sql
      .raw(`create trigger opportunity_stage_totals_rederive after update of probability on pipeline_stages
  when old.probability is not new.probability begin ${rederive} end`)
      .execute(db);
  }

  // What the triggers would have written for the rows already there.
  await sql`insert into opportunity_stage_totals
      (stage_id, status, owner_key, owner_id, count, expected_revenue_cents, weighted_revenue_cents)
    select o.stage_id, o.status, coalesce(o.owner_id, ''), max(o.owner_id), count(*),
      sum(o.expected_revenue_cents),
      sum((o.expected_revenue_cents * coalesce(o.probability, s.probability) + 50) / 100)
    from opportunities o join pipeline_stages s on s.id = o.stage_id
    group by o.stage_id, o.status, coalesce(o.owner_id, '')`.execute(db);
}
