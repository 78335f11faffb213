import fastifyMultipart from '@fastify/multipart';
import { documentRecordParams, documentSchema, documentSettingsSchema } from '@kontor/domain/documents';
import { listQuerySchema, listResponseSchema } from '@kontor/domain/fields';
import { languageOf } from '../../platform/http/error-handler.js';
import { AppError } from '../../platform/http/problem.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams } from '../../platform/records/record-routes.js';
import { attachmentDisposition } from './content-disposition.js';
import { servedMediaType } from './media-type.js';
import type { DocumentService } from './service.js';

const tags = ['documents'];

// The record type's own permissions decide (checked in the service): a document needs no
// permission of its own, so every route only requires a login here.
export function documentRoutes(app: Api, documents: DocumentService): void {
  // In its own scope, so that only this route reads multipart bodies; anything else sent to it
  // is refused with a problem that says what to send.
  app.register(async (scope: Api) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) =>
      done(new AppError(415, 'document-not-multipart'), undefined),
    );
    await scope.register(fastifyMultipart);
    scope.post(
      '/api/records/:recordType/:recordId/documents',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Attach a file to a record (multipart/form-data with exactly one file)',
          consumes: ['multipart/form-data'],
          params: documentRecordParams,
          response: { 201: documentSchema },
        },
      },
      async (request, reply) => {
        const { recordType, recordId } = request.params;
        const document = await documents.upload(principalOf(request), recordType, recordId, request);
        return reply.code(201).send(document);
      },
    );
  });

  app.get(
    '/api/records/:recordType/:recordId/documents',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The documents of one record, newest first',
        params: documentRecordParams,
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(documentSchema) },
      },
    },
    (request) =>
      documents.ofRecord(
        principalOf(request),
        request.params.recordType,
        request.params.recordId,
        request.query,
        languageOf(request),
      ),
  );

  app.get(
    '/api/documents',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Every document on a record the caller may see; filter[field], sort=-field, keyset cursor',
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(documentSchema) },
      },
    },
    (request) => documents.list(principalOf(request), request.query, languageOf(request)),
  );

  app.get(
    '/api/documents/settings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The largest upload in bytes, so clients refuse bigger files before sending them',
        response: { 200: documentSettingsSchema },
      },
    },
    () => ({ uploadLimit: documents.uploadLimit }),
  );

  app.get(
    '/api/documents/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: idParams, response: { 200: documentSchema } },
    },
    (request) => documents.get(principalOf(request), request.params.id),
  );

  app.get(
    '/api/documents/:id/download',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'The file, always as an attachment', params: idParams },
    },
    async (request, reply) => {
      const { row, stream } = await documents.download(principalOf(request), request.params.id);
      return reply
        .headers({
          'content-type': servedMediaType(row.media_type),
          'content-length': String(row.size),
          'content-disposition': attachmentDisposition(row.file_name),
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-cache',
        })
        .send(stream);
    },
  );

  app.delete(
    '/api/documents/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await documents.delete(principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
