import {
  duplicateReasonSchema,
  mergeRequestSchema,
  organizationDuplicateQuerySchema,
} from '@kontor/domain/duplicates';
import {
  bulkActionSchema,
  bulkResultSchema,
  listQuerySchema,
  listResponseSchema,
} from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import {
  createOrganizationSchema,
  ORGANIZATION,
  organizationSchema,
  updateOrganizationSchema,
} from '@kontor/domain/organizations';
import { z } from 'zod';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { registerExportRoute } from '../../platform/lists/export-route.js';
import type { OrganizationService } from './service.js';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function organizationRoutes(app: Api, organizations: OrganizationService): void {
  app.get(
    '/api/organizations',
    {
      config: { access: 'organizations.read' },
      schema: {
        tags: ['organizations'],
        summary:
          'Organisations the caller may see; filter[field] takes the filter language, sort=-field, keyset cursor',
        querystring: listQuerySchema,
        response: { 200: listResponseSchema(organizationSchema) },
      },
    },
    (request) => organizations.list(principalOf(request), request.query, languageOf(request)),
  );

  registerExportRoute(app, {
    url: '/api/organizations/export',
    access: 'organizations.read',
    record: ORGANIZATION,
    list: (principal, query, language) => organizations.list(principal, query, language),
    cellValue: (organization, field) =>
      field.key === 'creditLimit'
        ? organization.creditLimitCents
        : organization[field.key as keyof typeof organization],
  });

  app.post(
    '/api/organizations/merge',
    {
      config: { access: 'organizations.delete' },
      schema: {
        tags: ['organizations'],
        summary: 'Merge two duplicates into one, keeping all links and both histories (M4)',
        body: mergeRequestSchema,
        response: { 200: organizationSchema },
      },
    },
    (request) => organizations.merge(principalOf(request), request.body),
  );

  app.get(
    '/api/organizations/duplicates',
    {
      config: { access: 'organizations.read' },
      schema: {
        tags: ['organizations'],
        summary: 'Likely duplicates of a organization being entered, with the reasons (M4)',
        querystring: organizationDuplicateQuerySchema,
        response: {
          200: z.object({
            items: z.array(
              z.object({ organization: organizationSchema, reasons: z.array(duplicateReasonSchema) }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await organizations.duplicates(principalOf(request), request.query) }),
  );

  app.get(
    '/api/organizations/:id',
    {
      config: { access: 'organizations.read' },
      schema: { tags: ['organizations'], params: idParams, response: { 200: organizationSchema } },
    },
    (request) => organizations.get(principalOf(request), request.params.id),
  );

  app.get(
    '/api/organizations/:id/children',
    {
      config: { access: 'organizations.read' },
      schema: {
        tags: ['organizations'],
        summary: 'Direct child organisations the caller may see',
        params: idParams,
        response: { 200: z.object({ items: z.array(organizationSchema) }) },
      },
    },
    async (request) => ({ items: await organizations.children(principalOf(request), request.params.id) }),
  );

  app.get(
    '/api/organizations/:id/history',
    {
      config: { access: 'organizations.read' },
      schema: {
        tags: ['organizations'],
        summary: 'Field history, newest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(fieldChangeSchema) }) },
      },
    },
    async (request) => ({ items: await organizations.history(principalOf(request), request.params.id) }),
  );

  app.post(
    '/api/organizations',
    {
      config: { access: 'organizations.write' },
      schema: {
        tags: ['organizations'],
        body: createOrganizationSchema,
        response: { 201: organizationSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await organizations.create(principalOf(request), request.body)),
  );

  app.patch(
    '/api/organizations/:id',
    {
      config: { access: 'organizations.write' },
      schema: {
        tags: ['organizations'],
        summary: 'Change fields; send the version you read (409 when someone else changed it meanwhile)',
        params: idParams,
        body: updateOrganizationSchema,
        response: { 200: organizationSchema },
      },
    },
    (request) => organizations.update(principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/organizations/bulk',
    {
      config: { access: 'organizations.write' },
      schema: {
        tags: ['organizations'],
        summary:
          'One action (assign-owner, add-tag, remove-tag, delete) on up to 1,000 records, all or nothing',
        body: bulkActionSchema,
        response: { 200: bulkResultSchema },
      },
    },
    (request) => organizations.bulk(principalOf(request), request.body),
  );

  app.delete(
    '/api/organizations/:id',
    { config: { access: 'organizations.delete' }, schema: { tags: ['organizations'], params: idParams } },
    async (request, reply) => {
      await organizations.delete(principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
