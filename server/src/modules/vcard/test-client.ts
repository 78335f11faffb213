import type { FastifyInstance } from 'fastify';
import { as, type BrowserSession } from '../../../test/harness.js';

/** The vCard endpoints as a test calls them, for one app and session. */
export function vcardClient(app: FastifyInstance, session: BrowserSession) {
  return {
    post: async (url: string, payload: object) =>
      (await app.inject({ method: 'POST', url, headers: as(session), payload })).json(),
    card: (id: string, version?: string) =>
      app.inject({
        url: `/api/contacts/${id}/vcard${version ? `?version=${version}` : ''}`,
        headers: as(session),
      }),
    upload: (body: string | Buffer, query = '', contentType = 'text/vcard') =>
      app.inject({
        method: 'POST',
        url: `/api/contacts/vcard${query ? `?${query}` : ''}`,
        headers: { ...as(session), 'content-type': contentType },
        payload: body,
      }),
    listExport: async (version: string) =>
      (await app.inject({ url: `/api/contacts/export?format=vcf&version=${version}`, headers: as(session) }))
        .body,
    contacts: async (query = '') =>
      (await app.inject({ url: `/api/contacts?limit=200${query}`, headers: as(session) })).json().items,
  };
}

/** A vCard text from its lines, with the CRLF line ends the RFCs require. */
export const vcf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
