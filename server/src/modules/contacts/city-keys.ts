import { CONTACT } from '@kontor/domain/contacts';
import { foldGerman } from '@kontor/domain/normalize';
import { ORGANIZATION } from '@kontor/domain/organizations';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Keeps `contacts.city_key` — the folded city a contact shows: its own, else its current
 * employer's (M3) — right, so the list's city filter and sort read one indexed column instead
 * of joining the employer on every row.
 */
export const contactCityKeys = {
  /** The key of the city a contact shows: its own, else its employer's; '' for none. */
  keyOf(ownCity: string | null, employerCity: string | null): string {
    const city = ownCity ?? employerCity;
    return city ? foldGerman(city) : '';
  },

  /** Recomputes one contact's key after its addresses or employments changed. */
  async refresh(db: Db, contactId: string): Promise<void> {
    const row = await db
      .selectFrom('contacts')
      .leftJoin('employments as current', 'current.id', 'contacts.current_employment_id')
      .leftJoin('organizations as employer', 'employer.id', 'current.organization_id')
      .select(['contacts.city', 'employer.city_key as employer_key'])
      .where('contacts.id', '=', contactId)
      .executeTakeFirst();
    if (!row) return;
    const key = row.city === null ? (row.employer_key ?? '') : foldGerman(row.city);
    await db.updateTable('contacts').set({ city_key: key }).where('id', '=', contactId).execute();
  },

  /**
   * Gives the employees without an own address of `organizationId` the organisation's current
   * key ('' once it is gone). Only rows whose key differs are written.
   */
  async inheritFrom(db: Db, organizationId: string): Promise<void> {
    const organization = await db
      .selectFrom('organizations')
      .select('city_key')
      .where('id', '=', organizationId)
      .executeTakeFirst();
    const key = organization?.city_key ?? '';
    await db
      .updateTable('contacts')
      .set({ city_key: key })
      .where('city', 'is', null)
      .where(
        'current_employment_id',
        'in',
        db.selectFrom('employments').select('id').where('organization_id', '=', organizationId),
      )
      .where('city_key', '!=', key)
      .execute();
  },

  /** Organisation changes reach their employees' keys in the same transaction. */
  subscribe(events: EventBus): void {
    events.on('record.saved', async (trx, event) => {
      if (event.recordType === ORGANIZATION.type) await contactCityKeys.inheritFrom(trx, event.id);
    });
    events.on('record.merged', async (trx, event) => {
      if (event.recordType === ORGANIZATION.type) await contactCityKeys.inheritFrom(trx, event.keptId);
      else if (event.recordType === CONTACT.type) await contactCityKeys.refresh(trx, event.keptId);
    });
    // Emitted before the organisation's row goes, and with it (cascading) its employments.
    events.on('record.deleted', async (trx, event) => {
      if (event.recordType !== ORGANIZATION.type) return;
      await trx
        .updateTable('contacts')
        .set((eb) => ({
          current_employment_id: null,
          city_key: eb.case().when('city', 'is', null).then('').else(eb.ref('city_key')).end(),
        }))
        .where(
          'current_employment_id',
          'in',
          trx.selectFrom('employments').select('id').where('organization_id', '=', event.id),
        )
        .execute();
    });
  },
};
