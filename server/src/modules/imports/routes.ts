import type { Readable } from 'node:stream';
import {
  importJobSchema,
  MAX_UPLOAD_BYTES,
  startImportSchema,
  uploadQuerySchema,
  uploadSchema,
} from '@kontor/domain/imports/schemas';
import { z } from 'zod';
import { languageOf } from '../../platform/http/error-handler.js';
import { AppError } from '../../platform/http/problem.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams } from '../../platform/records/record-routes.js';
import type { ImportService } from './service.js';

export function importRoutes(app: Api, imports: ImportService): void {
  // The file is the raw request body, of whatever content type the browser gives it (Windows
  // labels CSV as application/vnd.ms-excel); the server tells the format from the bytes.
  // In its own scope, so that only this route takes bodies as unparsed streams.
  app.register(async (scope: Api) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { bodyLimit: MAX_UPLOAD_BYTES }, (_request, payload, done) =>
      done(null, payload),
    );
    scope.post(
      '/api/imports/uploads',
      {
        config: { access: 'authenticated' },
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: {
          tags: ['imports'],
          summary: 'Upload a CSV or XLSX file (raw body); returns detected format, headers, mapping, preview',
          querystring: uploadQuerySchema,
          response: { 201: uploadSchema },
        },
      },
      async (request, reply) => {
        const body = request.body as Readable | undefined;
        if (!body || typeof (body as Readable).pipe !== 'function')
          throw new AppError(400, 'import-empty-file');
        const { type, fileName } = request.query;
        const upload = await imports.upload(principalOf(request), type, fileName, body);
        return reply.code(201).send(upload);
      },
    );
  });

  app.post(
    '/api/imports',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['imports'],
        summary: 'Start an import (or dry run) of an upload with a mapping and a duplicate policy',
        body: startImportSchema,
        response: { 202: importJobSchema },
      },
    },
    async (request, reply) => reply.code(202).send(await imports.start(principalOf(request), request.body)),
  );

  app.get(
    '/api/imports',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['imports'],
        summary: 'The latest imports: your own (administrators: everyone’s)',
        response: { 200: z.object({ items: z.array(importJobSchema) }) },
      },
    },
    async (request) => ({ items: await imports.list(principalOf(request), languageOf(request)) }),
  );

  app.get(
    '/api/imports/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['imports'],
        summary: 'An import job: status and counts (poll for progress)',
        params: idParams,
        response: { 200: importJobSchema },
      },
    },
    async (request) => imports.get(principalOf(request), request.params.id, languageOf(request)),
  );

  app.post(
    '/api/imports/:id/cancel',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['imports'],
        summary: 'Stop an import after its current batch',
        params: idParams,
        response: { 200: importJobSchema },
      },
    },
    async (request) => imports.cancel(principalOf(request), request.params.id, languageOf(request)),
  );

  app.get(
    '/api/imports/:id/errors.csv',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['imports'],
        summary: 'The rows that were not imported, with why, as CSV',
        params: idParams,
      },
    },
    async (request, reply) => {
      const language = languageOf(request);
      const report = await imports.report(principalOf(request), request.params.id, language);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${report.fileName}"`)
        .send(report.body);
    },
  );
}
