import { duplicateReasonSchema, organizationDuplicateQuerySchema } from '@kontor/domain/duplicates';
import {
  createOrganizationSchema,
  ORGANIZATION,
  organizationSchema,
  updateOrganizationSchema,
} from '@kontor/domain/organizations';
import { z } from 'zod';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams, registerRecordRoutes } from '../../platform/records/record-routes.js';
import type { OrganizationService } from './service.js';

export function organizationRoutes(app: Api, organizations: OrganizationService): void {
  registerRecordRoutes(app, {
    path: 'organizations',
    record: ORGANIZATION,
    permissions: { read: 'organizations.read', write: 'organizations.write', delete: 'organizations.delete' },
    schemas: {
      item: organizationSchema,
      create: createOrganizationSchema,
      update: updateOrganizationSchema,
      duplicateQuery: organizationDuplicateQuerySchema,
      duplicate: z.object({ organization: organizationSchema, reasons: z.array(duplicateReasonSchema) }),
    },
    service: organizations,
    // The list field is money in the filter language; the record carries it in cents.
    exportValue: (organization, field) =>
      field.key === 'creditLimit'
        ? organization.creditLimitCents
        : organization[field.key as keyof typeof organization],
  });

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
}
