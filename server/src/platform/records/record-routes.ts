import { mergeRequestSchema } from '@kontor/domain/duplicates';
import type { FieldDef, RecordTypeDef } from '@kontor/domain/fields';
import type { Permission } from '@kontor/domain/permissions';
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import { type Api, principalOf } from '../http/types.js';
import type { ExtraExportFormat } from '../lists/export-route.js';
import { type PlainRecordService, registerPlainRecordRoutes } from './plain-record-routes.js';

export { idParams } from './plain-record-routes.js';

/** A record service whose records can have duplicates: finding and merging them too (M4). */
export interface RecordService<T, Create, Update, DuplicateQuery, Duplicate>
  extends PlainRecordService<T, Create, Update> {
  merge(principal: Principal, request: z.output<typeof mergeRequestSchema>): Promise<T>;
  duplicates(principal: Principal, query: DuplicateQuery): Promise<Duplicate[]>;
}

/**
 * The standard endpoints of a record type (registerPlainRecordRoutes) plus duplicate candidates
 * and merge, for organisations and contacts.
 */
export function registerRecordRoutes<
  Item extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
  DuplicateQuery extends z.ZodType,
  Duplicate extends z.ZodType,
>(
  app: Api,
  options: {
    path: string;
    record: RecordTypeDef;
    permissions: { read: Permission; write: Permission; delete: Permission };
    schemas: {
      item: Item;
      create: Create;
      update: Update;
      duplicateQuery: DuplicateQuery;
      duplicate: Duplicate;
    };
    service: RecordService<
      z.output<Item>,
      z.output<Create>,
      z.output<Update>,
      z.output<DuplicateQuery>,
      z.output<Duplicate>
    >;
    exportValue?(record: z.output<Item>, field: FieldDef): unknown;
    /** Download formats of this record type besides CSV and XLSX, by their `format=` name. */
    exportFormats?: Record<string, ExtraExportFormat<z.output<Item>>>;
  },
): void {
  const { path, record, permissions, schemas, service } = options;
  const base = `/api/${path}`;
  const tags = [path];
  const plural = record.label.plural.en.toLowerCase();
  // Typed loosely for Fastify: the service's signature above already ties items to the schema.
  const item: z.ZodType = schemas.item;

  app.post(
    `${base}/merge`,
    {
      config: { access: permissions.delete },
      schema: {
        tags,
        summary: 'Merge two duplicates into one, keeping all links and both histories (M4)',
        body: mergeRequestSchema,
        response: { 200: item },
      },
    },
    (request) => service.merge(principalOf(request), request.body),
  );

  app.get(
    `${base}/duplicates`,
    {
      config: { access: permissions.read },
      schema: {
        tags,
        summary: `Likely duplicates of one of the ${plural} being entered, with the reasons (M4)`,
        querystring: schemas.duplicateQuery,
        response: { 200: z.object({ items: z.array(schemas.duplicate) }) },
      },
    },
    async (request) => ({
      items: await service.duplicates(principalOf(request), request.query as z.output<DuplicateQuery>),
    }),
  );

  registerPlainRecordRoutes(app, {
    ...options,
    bulkSummary:
      'One action (assign-owner, add-tag, remove-tag, delete) on up to 1,000 records, all or nothing',
  });
}
