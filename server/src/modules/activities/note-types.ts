import type { NoteType, noteTypeInputSchema } from '@kontor/domain/activities';
import { MANUAL_ACTIVITY_TYPES } from '@kontor/domain/activities';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { newId } from '../../platform/db/ids.js';
import type { ActivityNoteTypesTable, Database } from '../../platform/db/schema.js';
import { storedEnum } from '../../platform/db/stored-enum.js';
import { notFound } from '../../platform/http/problem.js';

type Input = z.output<typeof noteTypeInputSchema>;

const activityTypeOf = storedEnum(MANUAL_ACTIVITY_TYPES, 'note');
const directionOf = storedEnum(['in', 'out'] as const, null);

/**
 * The note types offered when recording an entry ("Kunde hat bei uns angerufen", A1). Admins
 * switch them off rather than delete them, so old entries keep their type's name.
 */
export class NoteTypeService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(activeOnly: boolean): Promise<NoteType[]> {
    let query = this.db.selectFrom('activity_note_types').selectAll().orderBy('position').orderBy('label_de');
    if (activeOnly) query = query.where('active', '=', 1);
    return (await query.execute()).map(toNoteType);
  }

  async create(input: Input): Promise<NoteType> {
    const row = { id: newId(), ...columnsOf(input) };
    await this.db.insertInto('activity_note_types').values(row).execute();
    return toNoteType(row);
  }

  async update(id: string, input: Input): Promise<NoteType> {
    const result = await this.db
      .updateTable('activity_note_types')
      .set(columnsOf(input))
      .where('id', '=', id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('note-type-not-found');
    return toNoteType({ id, ...columnsOf(input) });
  }
}

function columnsOf(input: Input) {
  return {
    label_de: input.label.de,
    label_en: input.label.en,
    activity_type: input.activityType,
    direction: input.direction,
    position: input.position,
    active: Number(input.active),
  };
}

function toNoteType(row: Selectable<ActivityNoteTypesTable>): NoteType {
  return {
    id: row.id,
    label: { de: row.label_de, en: row.label_en },
    activityType: activityTypeOf(row.activity_type),
    direction: directionOf(row.direction),
    position: row.position,
    active: row.active === 1,
  };
}
