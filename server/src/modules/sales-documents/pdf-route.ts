import type { Permission } from '@kontor/domain/permissions';
import type { Principal } from '../../platform/auth/principal.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams } from '../../platform/records/plain-record-routes.js';
import { attachmentDisposition } from '../documents/content-disposition.js';

/** `GET <base>/:id/pdf`: the document as a PDF download named by its number (ANG-2026-00042.pdf). */
export function registerPdfRoute(
  app: Api,
  options: {
    base: string;
    access: Permission;
    summary: string;
    pdf(principal: Principal, id: string): Promise<{ fileName: string; content: Buffer }>;
  },
): void {
  app.get(
    `${options.base}/:id/pdf`,
    {
      config: { access: options.access },
      schema: { tags: [options.base.replace('/api/', '')], summary: options.summary, params: idParams },
    },
    async (request, reply) => {
      const { fileName, content } = await options.pdf(principalOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(fileName))
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
}
