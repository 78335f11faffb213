import {
  type BulkAction,
  bulkActionSchema,
  bulkResultSchema,
  type FieldDef,
  type ListQuery,
  listQuerySchema,
  listResponseSchema,
  type RecordTypeDef,
} from '@kontor/domain/fields';
import { type FieldChange, fieldChangeSchema } from '@kontor/domain/history';
import type { Permission } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import { languageOf } from '../http/error-handler.js';
import { type Api, principalOf } from '../http/types.js';
import { type ExtraExportFormat, registerExportRoute } from '../lists/export-route.js';

export const idParams = z.object({ id: z.string().min(1).max(64) });

/** What every record module's service offers; the routes below expose exactly this. */
export interface PlainRecordService<T, Create, Update> {
  list(
    principal: Principal,
    query: ListQuery,
    language: Language,
  ): Promise<{ items: T[]; nextCursor: string | null }>;
  get(principal: Principal, id: string): Promise<T>;
  history(principal: Principal, id: string): Promise<FieldChange[]>;
  create(principal: Principal, input: Create): Promise<T>;
  update(principal: Principal, id: string, input: Update): Promise<T>;
  delete(principal: Principal, id: string): Promise<void>;
  bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }>;
}

/**
 * The standard endpoints of a record type under `/api/<path>`: list, export, detail, history,
 * create, change, bulk actions and delete — the same shapes, permissions and problem answers for
 * every record type. Types with duplicates to merge add those routes (registerRecordRoutes).
 */
export function registerPlainRecordRoutes<
  Item extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
>(
  app: Api,
  options: {
    path: string;
    record: RecordTypeDef;
    permissions: { read: Permission; write: Permission; delete: Permission };
    schemas: { item: Item; create: Create; update: Update };
    service: PlainRecordService<z.output<Item>, z.output<Create>, z.output<Update>>;
    exportValue?(record: z.output<Item>, field: FieldDef): unknown;
    /** Download formats of this record type besides CSV and XLSX, by their `format=` name. */
    exportFormats?: Record<string, ExtraExportFormat<z.output<Item>>>;
    bulkSummary: string;
  },
): void {
  const { path, record, permissions, schemas, service } = options;
  const base = `/api/${path}`;
  const tags = [path];
  const item: z.ZodType = schemas.item;

  app.get(
    base,
    {
      config: { access: permissions.read },
      schema: {
        tags,
        summary: `${record.label.plural.en} the caller may see; filter[field] takes the filter language, sort=-field, keyset cursor`,
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(item) },
      },
    },
    (request) => service.list(principalOf(request), request.query, languageOf(request)),
  );

  registerExportRoute(app, {
    url: `${base}/export`,
    access: permissions.read,
    record,
    list: (principal, query, language) => service.list(principal, query, language),
    ...(options.exportValue ? { cellValue: options.exportValue } : {}),
    ...(options.exportFormats ? { formats: options.exportFormats } : {}),
  });

  app.get(
    `${base}/:id`,
    { config: { access: permissions.read }, schema: { tags, params: idParams, response: { 200: item } } },
    (request) => service.get(principalOf(request), request.params.id),
  );

  app.get(
    `${base}/:id/history`,
    {
      config: { access: permissions.read },
      schema: {
        tags,
        summary: 'Field history, newest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(fieldChangeSchema) }) },
      },
    },
    async (request) => ({ items: await service.history(principalOf(request), request.params.id) }),
  );

  app.post(
    base,
    {
      config: { access: permissions.write },
      schema: { tags, body: schemas.create, response: { 201: item } },
    },
    async (request, reply) =>
      reply.code(201).send(await service.create(principalOf(request), request.body as z.output<Create>)),
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: permissions.write },
      schema: {
        tags,
        summary: 'Change fields; send the version you read (409 when someone else changed it meanwhile)',
        params: idParams,
        body: schemas.update,
        response: { 200: item },
      },
    },
    (request) => service.update(principalOf(request), request.params.id, request.body as z.output<Update>),
  );

  app.post(
    `${base}/bulk`,
    {
      config: { access: permissions.write },
      schema: {
        tags,
        summary: options.bulkSummary,
        body: bulkActionSchema,
        response: { 200: bulkResultSchema },
      },
    },
    (request) => service.bulk(principalOf(request), request.body),
  );

  app.delete(
    `${base}/:id`,
    { config: { access: permissions.delete }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await service.delete(principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
