import { CONTACT, contactSchema, createContactSchema, updateContactSchema } from '@kontor/domain/contacts';
import {
  contactDuplicateQuerySchema,
  duplicateReasonSchema,
  mergeRequestSchema,
} from '@kontor/domain/duplicates';
import {
  bulkActionSchema,
  bulkResultSchema,
  listQuerySchema,
  listResponseSchema,
} from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import { z } from 'zod';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { registerExportRoute } from '../../platform/lists/export-route.js';
import type { ContactService } from './service.js';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function contactRoutes(app: Api, contacts: ContactService): void {
  app.get(
    '/api/contacts',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags: ['contacts'],
        summary:
          'Contacts the caller may see; filter[field] takes the filter language, sort=-field, keyset cursor',
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(contactSchema) },
      },
    },
    (request) => contacts.list(principalOf(request), request.query, languageOf(request)),
  );

  registerExportRoute(app, {
    url: '/api/contacts/export',
    access: 'contacts.read',
    record: CONTACT,
    list: (principal, query, language) => contacts.list(principal, query, language),
  });

  app.post(
    '/api/contacts/merge',
    {
      config: { access: 'contacts.delete' },
      schema: {
        tags: ['contacts'],
        summary: 'Merge two duplicates into one, keeping all links and both histories (M4)',
        body: mergeRequestSchema,
        response: { 200: contactSchema },
      },
    },
    (request) => contacts.merge(principalOf(request), request.body),
  );

  app.get(
    '/api/contacts/duplicates',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags: ['contacts'],
        summary: 'Likely duplicates of a contact being entered, with the reasons (M4)',
        querystring: contactDuplicateQuerySchema,
        response: {
          200: z.object({
            items: z.array(z.object({ contact: contactSchema, reasons: z.array(duplicateReasonSchema) })),
          }),
        },
      },
    },
    async (request) => ({ items: await contacts.duplicates(principalOf(request), request.query) }),
  );

  app.get(
    '/api/contacts/:id',
    {
      config: { access: 'contacts.read' },
      schema: { tags: ['contacts'], params: idParams, response: { 200: contactSchema } },
    },
    (request) => contacts.get(principalOf(request), request.params.id),
  );

  app.get(
    '/api/contacts/:id/history',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags: ['contacts'],
        params: idParams,
        response: { 200: z.object({ items: z.array(fieldChangeSchema) }) },
      },
    },
    async (request) => ({ items: await contacts.history(principalOf(request), request.params.id) }),
  );

  app.get(
    '/api/organizations/:id/contacts',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags: ['contacts'],
        summary: 'Contacts currently working for the organisation',
        params: idParams,
        response: { 200: z.object({ items: z.array(contactSchema) }) },
      },
    },
    async (request) => ({
      items: await contacts.ofOrganization(principalOf(request), request.params.id, languageOf(request)),
    }),
  );

  app.post(
    '/api/contacts',
    {
      config: { access: 'contacts.write' },
      schema: { tags: ['contacts'], body: createContactSchema, response: { 201: contactSchema } },
    },
    async (request, reply) => reply.code(201).send(await contacts.create(principalOf(request), request.body)),
  );

  app.patch(
    '/api/contacts/:id',
    {
      config: { access: 'contacts.write' },
      schema: {
        tags: ['contacts'],
        summary: 'Change fields; send the version you read',
        params: idParams,
        body: updateContactSchema,
        response: { 200: contactSchema },
      },
    },
    (request) => contacts.update(principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/contacts/bulk',
    {
      config: { access: 'contacts.write' },
      schema: {
        tags: ['contacts'],
        summary:
          'One action (assign-owner, add-tag, remove-tag, delete) on up to 1,000 records, all or nothing',
        body: bulkActionSchema,
        response: { 200: bulkResultSchema },
      },
    },
    (request) => contacts.bulk(principalOf(request), request.body),
  );

  app.delete(
    '/api/contacts/:id',
    { config: { access: 'contacts.delete' }, schema: { tags: ['contacts'], params: idParams } },
    async (request, reply) => {
      await contacts.delete(principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
