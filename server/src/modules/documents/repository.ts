import { foldGerman } from '@kontor/domain/normalize';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, DocumentsTable } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;
export type DocumentRow = Selectable<DocumentsTable> & { uploader_name: string | null };

/** The documents table; which rows a caller may see is the service's decision. */
export class DocumentRepository {
  constructor(private readonly db: Db) {}

  /** Documents with their uploader's name. */
  base() {
    return this.db
      .selectFrom('documents')
      .leftJoin('users as uploader', 'uploader.id', 'documents.uploaded_by')
      .selectAll('documents')
      .select('uploader.name as uploader_name');
  }

  find(id: string): Promise<DocumentRow | undefined> {
    return this.base().where('documents.id', '=', id).executeTakeFirst();
  }

  async insert(row: Omit<DocumentsTable, 'file_name_key'>): Promise<void> {
    await this.db
      .insertInto('documents')
      .values({ ...row, file_name_key: foldGerman(row.file_name) })
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('documents').where('id', '=', id).execute();
  }

  /** How many documents use the stored file with this hash. */
  async references(sha256: string): Promise<number> {
    const row = await this.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Of these hashes, the ones some document still uses. */
  async referenced(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('documents')
      .select('sha256')
      .distinct()
      .where('sha256', 'in', [...hashes])
      .execute();
    return new Set(rows.map((row) => row.sha256));
  }

  /** Removes a record's documents; returns the hashes of their files. */
  /** Deletes a record's documents; answers their ids and the hashes of their files. */
  async deleteOfRecord(recordType: string, recordId: string): Promise<{ ids: string[]; hashes: string[] }> {
    const rows = await this.db
      .deleteFrom('documents')
      .where('record_type', '=', recordType)
      .where('record_id', '=', recordId)
      .returning(['id', 'sha256'])
      .execute();
    return { ids: rows.map((row) => row.id), hashes: [...new Set(rows.map((row) => row.sha256))] };
  }

  async moveToRecord(recordType: string, fromId: string, toId: string): Promise<void> {
    await this.db
      .updateTable('documents')
      .set({ record_id: toId })
      .where('record_type', '=', recordType)
      .where('record_id', '=', fromId)
      .execute();
  }
}
