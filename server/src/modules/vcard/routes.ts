import type { Contact } from '@kontor/domain/contacts';
import {
  vcardImportQuerySchema,
  vcardImportResultSchema,
  vcardVersionQuerySchema,
} from '@kontor/domain/vcard';
import { languageOf } from '../../platform/http/error-handler.js';
import { AppError } from '../../platform/http/problem.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams } from '../../platform/records/record-routes.js';
import type { ContactService } from '../contacts/service.js';
import { contactToVcard } from './contact-to-card.js';
import { VCARD_CONTENT_TYPE, vcardFileName } from './export.js';
import type { VcardImporter } from './import.js';
import { readVcardFile } from './read-file.js';

/** A .vcf upload may be this large; a few thousand cards with photos stripped fit easily. */
export const VCARD_BODY_LIMIT = 5 * 1024 * 1024;
const VCARD_MEDIA_TYPES = ['text/vcard', 'text/x-vcard', 'text/directory'];

/** vCard 3.0/4.0 export of one contact and import of a .vcf file (M5). The list export is `format=vcf`. */
export function vcardRoutes(app: Api, contacts: ContactService, importer: VcardImporter): void {
  // The file arrives as it is; decoding and parsing are the import's business (see read-file.ts).
  app.addContentTypeParser(
    VCARD_MEDIA_TYPES,
    { parseAs: 'buffer', bodyLimit: VCARD_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/api/contacts/:id/vcard',
    {
      config: { access: 'contacts.read' },
      schema: {
        tags: ['contacts'],
        summary: 'The contact as a vCard (version=3.0|4.0, default 4.0)',
        params: idParams,
        querystring: vcardVersionQuerySchema,
      },
    },
    async (request, reply) => {
      const contact: Contact = await contacts.get(principalOf(request), request.params.id);
      return reply
        .type(VCARD_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="${vcardFileName(contact)}"`)
        .send(contactToVcard(contact, request.query.version, languageOf(request)));
    },
  );

  app.post(
    '/api/contacts/vcard',
    {
      config: { access: 'contacts.write' },
      bodyLimit: VCARD_BODY_LIMIT,
      schema: {
        tags: ['contacts'],
        summary:
          'Import a .vcf (text/vcard; one or many 3.0/4.0 cards) in one transaction; dryRun=true only reports; duplicates (same UID, else same e-mail) are skipped, updated or created anew',
        querystring: vcardImportQuerySchema,
        response: { 200: vcardImportResultSchema },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError(415, 'vcard-media-type');
      const cards = readVcardFile(request.body);
      const results = await importer.run(principalOf(request), cards, request.query, languageOf(request));
      const count = (status: string) => results.filter((result) => result.status === status).length;
      return {
        dryRun: request.query.dryRun,
        counts: {
          created: count('created'),
          updated: count('updated'),
          skipped: count('skipped'),
          failed: count('failed'),
        },
        results,
      };
    },
  );
}
