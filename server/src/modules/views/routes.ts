import {
  createSavedViewSchema,
  defaultViewSchema,
  savedViewListQuerySchema,
  savedViewSchema,
  updateSavedViewSchema,
} from '@kontor/domain/views';
import { z } from 'zod';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams } from '../../platform/records/record-routes.js';
import type { SavedViewService } from './service.js';

const tags = ['views'];

export function savedViewRoutes(app: Api, views: SavedViewService): void {
  app.get(
    '/api/views',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: "Saved views of a record type's list: the caller's own and those shared with their teams",
        querystring: savedViewListQuerySchema,
        response: { 200: z.object({ items: z.array(savedViewSchema) }) },
      },
    },
    async (request) => ({ items: await views.list(principalOf(request), request.query.recordType) }),
  );

  app.post(
    '/api/views/default',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Choose the view your list of a record type opens with (any view you see), or none',
        body: defaultViewSchema,
      },
    },
    async (request, reply) => {
      await views.setDefault(principalOf(request), request.body.recordType, request.body.viewId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/views/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: idParams, response: { 200: savedViewSchema } },
    },
    (request) => views.get(principalOf(request), request.params.id),
  );

  app.post(
    '/api/views',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Save a list view, private or shared with one of your teams',
        body: createSavedViewSchema,
        response: { 201: savedViewSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await views.create(principalOf(request), request.body, languageOf(request))),
  );

  app.patch(
    '/api/views/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Rename, change the state or the visibility of your own view; send the version you read',
        params: idParams,
        body: updateSavedViewSchema,
        response: { 200: savedViewSchema },
      },
    },
    (request) => views.update(principalOf(request), request.params.id, request.body, languageOf(request)),
  );

  app.delete(
    '/api/views/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: idParams } },
    async (request, reply) => {
      await views.delete(principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
