import {
  createCustomerLinkSchema,
  createdCustomerLinkSchema,
  customerLinkSchema,
  publicQuotationSchema,
} from '@kontor/domain/customer-links';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { newSecret } from '../../platform/auth/secrets.js';
import { languageOf } from '../../platform/http/error-handler.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { CustomerLinkService } from './service.js';

const quotationParams = z.object({ id: z.string().min(1).max(64) });
const linkParams = quotationParams.extend({ linkId: z.string().min(1).max(64) });
const tokenParams = z.object({ token: z.string().min(1).max(200) });

/** Who opened the page: a random cookie, so a reload is not a second "Angebot geöffnet". */
const VISITOR_COOKIE = 'kontor_visitor';
const PUBLIC_PATH = '/api/public/quotations/';
// A customer opens a quotation a few times; guessing tokens needs millions of tries.
const PUBLIC_LIMIT = { max: 30, timeWindow: '1 minute' };

export function customerLinkRoutes(
  app: Api,
  links: CustomerLinkService,
  publicUrl: string | undefined,
): void {
  app.post(
    '/api/quotations/:id/links',
    {
      config: { access: 'quotations.write' },
      schema: {
        tags: ['quotations'],
        summary: 'Share a submitted quotation with its customer by link (the URL is shown only now)',
        params: quotationParams,
        body: createCustomerLinkSchema,
        response: { 201: createdCustomerLinkSchema },
      },
    },
    async (request, reply) => {
      const base = publicUrl ?? `${request.protocol}://${request.host}`;
      const link = await links.create(principalOf(request), request.params.id, request.body, base);
      return reply.code(201).send(link);
    },
  );

  app.get(
    '/api/quotations/:id/links',
    {
      config: { access: 'quotations.read' },
      schema: {
        tags: ['quotations'],
        summary: "A quotation's customer links, newest first",
        params: quotationParams,
        response: { 200: z.object({ items: z.array(customerLinkSchema) }) },
      },
    },
    async (request) => ({ items: await links.list(principalOf(request), request.params.id) }),
  );

  app.post(
    '/api/quotations/:id/links/:linkId/revoke',
    {
      config: { access: 'quotations.write' },
      schema: {
        tags: ['quotations'],
        summary: 'Revoke a customer link: it shows the invalid-link page from now on',
        params: linkParams,
      },
    },
    async (request, reply) => {
      await links.revoke(principalOf(request), request.params.id, request.params.linkId);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/public/quotations/:token',
    {
      config: { access: 'public', rateLimit: PUBLIC_LIMIT },
      schema: {
        tags: ['public'],
        summary: 'The quotation behind a customer link (records "Angebot geöffnet" once per visitor)',
        params: tokenParams,
        response: { 200: publicQuotationSchema },
      },
    },
    async (request, reply) => {
      const page = await links.open(request.params.token, visitorOf(request, reply), languageOf(request));
      return reply.header('cache-control', 'no-store').send(page);
    },
  );

  app.get(
    '/api/public/quotations/:token/pdf',
    {
      config: { access: 'public', rateLimit: PUBLIC_LIMIT },
      schema: { tags: ['public'], summary: "The quotation's PDF", params: tokenParams },
    },
    async (request, reply) => {
      const pdf = await links.pdf(request.params.token, languageOf(request));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${pdf.fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf.content);
    },
  );

  app.post(
    '/api/public/quotations/:token/accept',
    {
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: 'Accept the quotation: books the sales order ("Angebot beauftragt")',
        params: tokenParams,
        response: { 200: publicQuotationSchema },
      },
    },
    async (request, reply) => {
      const page = await links.accept(request.params.token, languageOf(request));
      return reply.header('cache-control', 'no-store').send(page);
    },
  );
}

function visitorOf(request: FastifyRequest, reply: FastifyReply): string {
  const known = request.cookies[VISITOR_COOKIE];
  if (known && known.length <= 100) return known;
  const visitor = newSecret('csrf');
  reply.setCookie(VISITOR_COOKIE, visitor, {
    path: PUBLIC_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
  return visitor;
}
