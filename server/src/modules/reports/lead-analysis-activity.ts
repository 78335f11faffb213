import { type RawBuilder, sql } from 'kysely';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import { activityVisibleTo } from '../activities/repository.js';
import type { AnySelect, ReportContext } from './definition.js';
import { instantOf } from './periods.js';

/**
 * What a lead's timeline says about how it was worked, per lead in one grouped pass over its
 * activity links (never a query per lead).
 *
 * - Activities: the live entries a person recorded on the lead (calls, e-mails, letters,
 *   meetings, visits, presentations, tasks, notes — planned or done); Kontor's own system
 *   entries and file uploads are not work on the lead.
 * - E-mails sent: done outgoing e-mails.
 * - First response: the earliest done entry in which we turned to the lead — an outgoing call,
 *   e-mail or letter, or a meeting or visit. Incoming mail, notes, tasks and plans are not a
 *   response: the seed's "verzögerte Bearbeitung" is the time until someone actually got in touch.
 *
 * Only entries the user may see count (the same rule as the timeline, evaluated on the entry
 * row the join reads anyway, so it costs nothing extra).
 */
export function leadActivity(context: ReportContext): AnySelect {
  const { db, principal } = context;
  const response = sql<boolean>`entry.status = 'done' and ((entry.type in ('call', 'email', 'letter') and entry.direction = 'out') or entry.type in ('meeting', 'visit'))`;
  return (
    db
      .selectFrom('activity_links as link')
      .innerJoin('activities as entry', 'entry.id', 'link.activity_id')
      .select([
        sql<string>`link.record_id`.as('lead_id'),
        sql<number>`count(*)`.as('activities'),
        sql<number>`sum(case when entry.type = 'email' and entry.direction = 'out' and entry.status = 'done' then 1 else 0 end)`.as(
          'emails_sent',
        ),
        sql<string | null>`min(case when ${response} then entry.occurred_at end)`.as('first_response_at'),
      ])
      .where('link.record_type', '=', 'lead')
      .where('link.deleted', '=', 0)
      // The same as the link's copy, said of the entry too so a partial index on live entries applies.
      .where('entry.deleted_at', 'is', null)
      .where('entry.type', 'not in', ['system', 'document'])
      .where(activityVisibleTo(principal, 'entry'))
      .where('link.record_id', 'in', leadsInView(context))
      .groupBy('link.record_id') as unknown as AnySelect
  );

  /** The visible leads created in the view's period or the compared one: only their links are read. */
  function leadsInView({ view: { range, previous } }: ReportContext) {
    let leads = db.selectFrom('leads').select('leads.id').where(visibleTo(principal, 'leads.owner_id'));
    if (range) {
      leads = leads
        .where('leads.created_at', '>=', instantOf(previous?.from ?? range.from))
        .where('leads.created_at', '<', instantOf(range.end));
    }
    return leads;
  }
}

/**
 * Whole seconds from one ISO instant (text column) to another, the same on both engines; a
 * later `from` counts as 0 (an entry recorded before the lead: someone got in touch at once).
 */
export function secondsBetween(
  engine: Engine,
  from: RawBuilder<unknown>,
  to: RawBuilder<unknown>,
): RawBuilder<number> {
  const seconds =
    engine === 'postgres'
      ? sql`round(extract(epoch from (cast(${to} as timestamptz) - cast(${from} as timestamptz))))`
      : sql`cast(round((julianday(${to}) - julianday(${from})) * 86400) as integer)`;
  return sql<number>`(case when ${seconds} < 0 then 0 else ${seconds} end)`;
}
