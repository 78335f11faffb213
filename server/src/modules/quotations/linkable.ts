import { QUOTATION, quotationLabel } from '@kontor/domain/quotations';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { LinkableRecordType } from '../../platform/records/record-directory.js';

/** Quotation versions as activities and documents link to them, named by their printed number. */
export const linkableQuotation: LinkableRecordType = {
  type: QUOTATION.type,
  read: 'quotations.read',
  write: 'quotations.write',
  async visibleNames(db, principal, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('quotations')
      .select(['id', 'number', 'revision'])
      .where('id', 'in', [...ids])
      .where(visibleTo(principal, 'quotations.owner_id'))
      .execute();
    return new Map(rows.map((row) => [row.id, quotationLabel(row.number, row.revision)]));
  },
  visibleIds(db, principal) {
    return db.selectFrom('quotations').select('id').where(visibleTo(principal, 'quotations.owner_id'));
  },
};
