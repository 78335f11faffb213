import { ATTACHABLE_TYPES } from '@kontor/domain/activities';
import { DOCUMENT, type DocumentItem } from '@kontor/domain/documents';
import type { ListQuery } from '@kontor/domain/fields';
import type { Language } from '@kontor/domain/users';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { lockNamed } from '../../platform/db/locks.js';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { forbidden, notFound } from '../../platform/http/problem.js';
import { runList } from '../../platform/lists/run-list.js';
import type { LinkableRecordType, RecordDirectory } from '../../platform/records/record-directory.js';
import type { FileStorage } from '../../platform/storage/file-storage.js';
import { DOCUMENT_COLUMNS } from './columns.js';
import { DocumentRepository, type DocumentRow } from './repository.js';
import { receiveFile } from './upload.js';

/**
 * Files attached to records (A9). A document is visible to whoever may see its record; the
 * bytes live once per content hash in the file storage, and a stored file goes when the last
 * document using it does. Changes of a hash's users (upload, delete, clean-up) take a lock on
 * it, so a file is never removed while an upload of the same bytes is being recorded.
 */
export class DocumentService {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly records: RecordDirectory,
    private readonly storage: FileStorage,
    private readonly events: EventBus,
    readonly uploadLimit: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Follows the records: a merge moves their documents, a deletion removes them. */
  subscribe(events: EventBus): void {
    events.on('record.merged', (trx, event) =>
      new DocumentRepository(trx).moveToRecord(event.recordType, event.mergedId, event.keptId),
    );
    events.on('record.deleted', async (trx, event) => {
      const { ids, hashes } = await new DocumentRepository(trx).deleteOfRecord(event.recordType, event.id);
      if (ids.length > 0) await events.emit(trx, 'document.deleted', { documentIds: ids, by: null });
      for (const hash of hashes.sort()) await lockNamed(trx, fileLock(hash));
      // After the deletion commits: the locks taken above make the release wait for it.
      if (hashes.length > 0) this.track(this.releaseUnused(hashes));
    });
  }

  async upload(
    principal: Principal,
    recordType: string,
    recordId: string,
    request: FastifyRequest,
  ): Promise<DocumentItem> {
    const type = this.recordType(principal, recordType, 'write');
    // Checked before receiving, so nothing is transferred for a record the caller cannot see.
    await this.requireVisible(this.db, type, principal, recordId);
    const { fileName, mediaType, staged } = await receiveFile(request, this.storage, this.uploadLimit);
    const id = newId();
    let placed = false;
    try {
      await this.db.transaction().execute(async (trx) => {
        await this.requireVisible(trx, type, principal, recordId);
        await lockNamed(trx, fileLock(staged.sha256));
        await this.storage.commit(staged);
        placed = true;
        await new DocumentRepository(trx).insert({
          id,
          record_type: recordType,
          record_id: recordId,
          file_name: fileName,
          media_type: mediaType,
          size: staged.size,
          sha256: staged.sha256,
          uploaded_by: principal.userId,
          created_at: nowIso(),
        });
        await this.events.emit(trx, 'document.uploaded', {
          documentId: id,
          recordType,
          recordId,
          fileName,
          by: principal.userId,
        });
      });
    } catch (error) {
      if (placed) await this.releaseUnused([staged.sha256]);
      else await this.storage.discard(staged);
      throw error;
    }
    return this.get(principal, id);
  }

  async get(principal: Principal, id: string): Promise<DocumentItem> {
    const { row, name } = await this.findVisible(principal, id, 'read');
    return toItem(row, name);
  }

  /** The document's bytes with what the download needs to describe them. */
  async download(principal: Principal, id: string) {
    const { row } = await this.findVisible(principal, id, 'read');
    const stream = await this.storage.open(row.sha256);
    if (!stream) {
      this.log.error({ documentId: id, sha256: row.sha256 }, 'stored file of a document is missing');
      throw notFound('document-not-found');
    }
    return { row, stream };
  }

  async delete(principal: Principal, id: string): Promise<void> {
    const { row } = await this.findVisible(principal, id, 'write');
    await this.db.transaction().execute(async (trx) => {
      await lockNamed(trx, fileLock(row.sha256));
      await new DocumentRepository(trx).delete(id);
      await this.events.emit(trx, 'document.deleted', { documentIds: [id], by: principal.userId });
    });
    await this.releaseUnused([row.sha256]);
  }

  /** One record's documents, newest first (keyset pages, filters as in the overall list). */
  async ofRecord(
    principal: Principal,
    recordType: string,
    recordId: string,
    query: ListQuery,
    language: Language,
  ) {
    const type = this.recordType(principal, recordType, 'read');
    const names = await type.visibleNames(this.db, principal, [recordId]);
    const name = names.get(recordId);
    if (name === undefined) throw notFound('document-record-not-found');
    const base = new DocumentRepository(this.db)
      .base()
      .where('documents.record_type', '=', recordType)
      .where('documents.record_id', '=', recordId);
    const { rows, nextCursor } = await this.runList(base, query, language);
    return { items: rows.map((row) => toItem(row, name)), nextCursor };
  }

  /** Every document on a record the caller may see, of the record types they may read. */
  async list(principal: Principal, query: ListQuery, language: Language) {
    const readable = ATTACHABLE_TYPES.flatMap((key) => {
      const type = this.records.get(key);
      return type && principal.permissions.includes(type.read) ? [type] : [];
    });
    const base = new DocumentRepository(this.db)
      .base()
      .where((eb) =>
        readable.length === 0
          ? sql<boolean>`1 = 0`
          : eb.or(
              readable.map((type) =>
                eb.and([
                  eb('documents.record_type', '=', type.type),
                  eb('documents.record_id', 'in', type.visibleIds(this.db, principal)),
                ]),
              ),
            ),
      );
    const { rows, nextCursor } = await this.runList(base, query, language);
    const names = await this.linkedNames(principal, rows);
    return {
      items: rows.map((row) => toItem(row, names.get(`${row.record_type}:${row.record_id}`) ?? null)),
      nextCursor,
    };
  }

  /**
   * Removes stored files no document uses (left by deleted records or a crash) and staged files
   * of uploads a crash interrupted (older than an hour: younger ones may still be arriving).
   */
  async sweep(): Promise<number> {
    let removed = await this.storage.removeStaged(new Date(Date.now() - 3_600_000));
    let batch: string[] = [];
    const flush = async () => {
      const used = await new DocumentRepository(this.db).referenced(batch);
      const unused = batch.filter((hash) => !used.has(hash));
      removed += await this.releaseUnused(unused);
      batch = [];
    };
    for await (const hash of this.storage.list()) {
      batch.push(hash);
      if (batch.length === 500) await flush();
    }
    await flush();
    return removed;
  }

  /** Sweeps now and then every `intervalMs`; the returned stop also waits for running clean-ups. */
  startSweeping(intervalMs: number): () => Promise<void> {
    const run = () => this.track(this.sweep());
    run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await Promise.all(this.pending);
    };
  }

  /** Removes the stored files of these hashes that no document uses; returns how many went. */
  private async releaseUnused(hashes: readonly string[]): Promise<number> {
    let removed = 0;
    for (const hash of hashes) {
      await this.db.transaction().execute(async (trx) => {
        await lockNamed(trx, fileLock(hash));
        if ((await new DocumentRepository(trx).references(hash)) > 0) return;
        await this.storage.remove(hash);
        removed++;
      });
    }
    return removed;
  }

  private track(work: Promise<unknown>): void {
    const done = work.then(
      () => undefined,
      (err) => this.log.warn({ err }, 'removing unused stored files failed; the next sweep retries'),
    );
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }

  private runList(base: ReturnType<DocumentRepository['base']>, query: ListQuery, language: Language) {
    return runList<DocumentRow>(base, {
      record: DOCUMENT,
      columns: DOCUMENT_COLUMNS,
      idColumn: 'documents.id',
      query,
      engine: this.engine,
      language,
    });
  }

  /** The registered record type, if the caller holds its read or write permission. */
  private recordType(principal: Principal, key: string, kind: 'read' | 'write'): LinkableRecordType {
    const type = this.records.get(key);
    if (!type) throw notFound('document-record-type-unknown');
    if (!principal.permissions.includes(type[kind])) throw forbidden();
    return type;
  }

  private async requireVisible(
    db: Kysely<Database>,
    type: LinkableRecordType,
    principal: Principal,
    recordId: string,
  ): Promise<void> {
    const names = await type.visibleNames(db, principal, [recordId]);
    if (!names.has(recordId)) throw notFound('document-record-not-found');
  }

  /**
   * A document and its record's name, if the caller may see the record. Without the record
   * type's read permission or sight of the record the document does not exist for them (404);
   * with sight but without the permission asked for, 403.
   */
  private async findVisible(principal: Principal, id: string, kind: 'read' | 'write') {
    const row = await new DocumentRepository(this.db).find(id);
    const type = row ? this.records.get(row.record_type) : undefined;
    if (!row || !type || !principal.permissions.includes(type.read)) throw notFound('document-not-found');
    const name = (await type.visibleNames(this.db, principal, [row.record_id])).get(row.record_id);
    if (name === undefined) throw notFound('document-not-found');
    if (!principal.permissions.includes(type[kind])) throw forbidden();
    return { row, name };
  }

  private async linkedNames(principal: Principal, rows: readonly DocumentRow[]) {
    const names = new Map<string, string>();
    const idsByType = new Map<string, string[]>();
    for (const row of rows)
      idsByType.set(row.record_type, [...(idsByType.get(row.record_type) ?? []), row.record_id]);
    for (const [key, ids] of idsByType) {
      const found = (await this.records.get(key)?.visibleNames(this.db, principal, ids)) ?? new Map();
      for (const [recordId, name] of found) names.set(`${key}:${recordId}`, name);
    }
    return names;
  }
}

/** Documents share a lock per hash prefix: 256 lock rows at most, however many files. */
function fileLock(sha256: string): string {
  return `documents.file.${sha256.slice(0, 2)}`;
}

function toItem(row: DocumentRow, linkedName: string | null): DocumentItem {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    linkedName,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedById: row.uploaded_by,
    uploadedBy: row.uploader_name,
    createdAt: row.created_at,
  };
}
