import { ACTIVITY } from '@kontor/domain/activities';
import { nowIso } from '../../platform/db/ids.js';
import type { EventBus } from '../../platform/events/bus.js';
import type { ActivityRecorder } from './recorder.js';

/**
 * How entries follow what happens to the records they are linked to: a merge moves the links
 * to the kept record (an entry linked to both keeps one link), a deleted record's links go (its
 * entries stay in the overview and on their other records), and a file uploaded to a record
 * becomes a document entry on its timeline (A9) that goes when the file goes.
 */
export function subscribeActivities(events: EventBus, recorder: ActivityRecorder): void {
  events.on('record.merged', async (trx, event) => {
    await trx
      .deleteFrom('activity_links')
      .where('record_type', '=', event.recordType)
      .where('record_id', '=', event.mergedId)
      .where((eb) =>
        eb(
          'activity_id',
          'in',
          eb
            .selectFrom('activity_links as kept')
            .select('kept.activity_id')
            .where('kept.record_type', '=', event.recordType)
            .where('kept.record_id', '=', event.keptId),
        ),
      )
      .execute();
    await trx
      .updateTable('activity_links')
      .set({ record_id: event.keptId })
      .where('record_type', '=', event.recordType)
      .where('record_id', '=', event.mergedId)
      .execute();
  });
  events.on('record.deleted', async (trx, event) => {
    await trx
      .deleteFrom('activity_links')
      .where('record_type', '=', event.recordType)
      .where('record_id', '=', event.id)
      .execute();
  });
  events.on('document.uploaded', async (trx, event) => {
    // A file attached to an entry is that entry's attachment, not an entry of its own.
    if (event.recordType === ACTIVITY.type) return;
    await recorder.record(trx, {
      type: 'document',
      subject: event.fileName,
      documentId: event.documentId,
      links: [{ recordType: event.recordType, recordId: event.recordId }],
      createdBy: event.by,
    });
  });
  // A deleted file's entry would lead nowhere: it goes with the file (documents cannot be restored).
  events.on('document.deleted', async (trx, event) => {
    const retired = await trx
      .updateTable('activities')
      .set({ deleted_at: nowIso(), deleted_by: event.by })
      .where('document_id', 'in', event.documentIds)
      .where('deleted_at', 'is', null)
      .returning('id')
      .execute();
    if (retired.length === 0) return;
    await trx
      .updateTable('activity_links')
      .set({ deleted: 1 })
      .where(
        'activity_id',
        'in',
        retired.map((row) => row.id),
      )
      .execute();
  });
}
