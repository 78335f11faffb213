import { CONTACT, contactSchema, createContactSchema, updateContactSchema } from '@kontor/domain/contacts';
import { contactDuplicateQuerySchema, duplicateReasonSchema } from '@kontor/domain/duplicates';
import { z } from 'zod';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams, registerRecordRoutes } from '../../platform/records/record-routes.js';
import { vcardListFormat } from '../vcard/export.js';
import type { ContactService } from './service.js';

export function contactRoutes(app: Api, contacts: ContactService): void {
  registerRecordRoutes(app, {
    path: 'contacts',
    record: CONTACT,
    permissions: { read: 'contacts.read', write: 'contacts.write', delete: 'contacts.delete' },
    schemas: {
      item: contactSchema,
      create: createContactSchema,
      update: updateContactSchema,
      duplicateQuery: contactDuplicateQuerySchema,
      duplicate: z.object({ contact: contactSchema, reasons: z.array(duplicateReasonSchema) }),
    },
    service: contacts,
    exportFormats: { vcf: vcardListFormat },
  });

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
}
