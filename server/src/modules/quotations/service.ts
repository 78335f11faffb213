import type { CompanyProfile } from '@kontor/domain/company-profile';
import {
  type CreateQuotation,
  defaultValidUntil,
  QUOTATION,
  type Quotation,
  type QuotationDetail,
  quotationLabel,
  type UpdateQuotation,
} from '@kontor/domain/quotations';
import type { DocumentLine } from '@kontor/domain/sales-documents';
import { allowedQuotationActions, canEditQuotation } from '@kontor/domain/sales-status';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database, QuotationsTable } from '../../platform/db/schema.js';
import { defined } from '../sales-documents/columns.js';
import { linesOf, QUOTATION_LINES } from '../sales-documents/document-lines.js';
import {
  type DocumentKind,
  documentDetail,
  documentHistoryView,
  SalesDocumentService,
} from '../sales-documents/document-service.js';
import { QUOTATION_COLUMNS } from './columns.js';
import { toQuotation } from './mapping.js';
import { QuotationRepository, type QuotationRow } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;

const KIND: DocumentKind<QuotationRow, QuotationsTable> = {
  record: QUOTATION,
  columns: QUOTATION_COLUMNS,
  idColumn: 'quotations.id',
  lines: QUOTATION_LINES,
  missing: 'quotation-not-found',
  deletePermission: 'quotations.delete',
  numberPrefix: 'ANG',
  sequence: 'quotation',
  print: 'quotation',
  repository: (db) => new QuotationRepository(db),
};

/**
 * Quotations (S3): list, detail, create, change and delete drafts, field history, PDF (the
 * machinery orders share: SalesDocumentService). Actions: QuotationActions.
 */
export class QuotationService extends SalesDocumentService<
  QuotationRow,
  QuotationsTable,
  Quotation,
  QuotationDetail,
  CreateQuotation,
  UpdateQuotation
> {
  protected readonly kind = KIND;

  protected itemOf(row: QuotationRow): Quotation {
    return toQuotation(row);
  }

  protected detailOf(db: Db, row: QuotationRow, known?: DocumentLine[]): Promise<QuotationDetail> {
    return detailOf(db, row, known);
  }

  protected customerInput(input: CreateQuotation | UpdateQuotation) {
    return input;
  }

  protected createColumns(input: CreateQuotation, today: string, profile: CompanyProfile) {
    return {
      revision: 1,
      valid_until: input.validUntil ?? defaultValidUntil(today, profile.quotationValidityDays),
      terms: input.terms === undefined ? profile.quotationTerms : input.terms,
    };
  }

  protected changedColumns(input: UpdateQuotation) {
    return defined({ valid_until: input.validUntil });
  }

  protected editable(row: QuotationRow) {
    return canEditQuotation(toQuotation(row).status);
  }

  protected historyView(row: QuotationRow): object {
    return documentHistoryView(row, {
      customer: { leadName: row.lead_name },
      dates: { validUntil: row.valid_until },
    });
  }

  protected printable(row: QuotationRow) {
    return {
      number: row.number,
      revision: row.revision,
      date: row.quotation_date,
      validUntil: row.valid_until,
      deliveryDate: null,
      customerReference: null,
      quotationNumber: null,
      currency: row.currency,
      ownerId: row.owner_id,
    };
  }

  protected fileName(row: QuotationRow): string {
    return `${quotationLabel(row.number, row.revision)}.pdf`;
  }

  /** Deleting a draft new version puts its predecessor back in force, since "superseded" means "a newer version exists". */
  protected override async afterRemove(
    trx: Transaction<Database>,
    principal: Principal,
    rows: QuotationRow[],
  ): Promise<void> {
    const predecessors = rows.flatMap((row) => (row.predecessor_id ? [row.predecessor_id] : []));
    if (predecessors.length === 0) return;
    await trx
      .updateTable('quotations')
      .set((eb) => ({ superseded_at: null, updated_at: nowIso(), version: eb('version', '+', 1) }))
      .where('id', 'in', predecessors)
      .execute();
    await this.events.emit(trx, 'sales.changed', { quotationIds: predecessors, by: principal.userId });
  }
}

/**
 * A version in full, with lines, totals, lost details, its order and its actions' verdicts.
 * Pass the lines when they were just written and the order when it was just booked; lost
 * details are read only for a lost version, the order only for an ordered one (the stored status
 * says so), which saves a draft's save three queries.
 */
export async function detailOf(
  db: Db,
  row: QuotationRow,
  known?: DocumentLine[],
  knownOrder?: QuotationDetail['order'],
): Promise<QuotationDetail> {
  const repository = new QuotationRepository(db);
  const quotation = toQuotation(row);
  const [items, lost, order] = await Promise.all([
    known ?? linesOf(db, QUOTATION_LINES, [row.id]).then((lines) => lines.get(row.id) ?? []),
    row.lost_at ? repository.lostDetails([row.id]) : undefined,
    quotation.status === 'ordered' ? (knownOrder ?? repository.liveOrderOf(row.id)) : undefined,
  ]);
  return {
    ...quotation,
    ...documentDetail(row, items),
    lostReasons: lost?.reasons.get(row.id) ?? [],
    competitors: lost?.competitors.get(row.id) ?? [],
    lostNote: row.lost_note,
    order: order ?? null,
    allowedActions: allowedQuotationActions({ status: quotation.status, lineCount: items.length }),
  };
}
