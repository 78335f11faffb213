import { apiTokenSchema, createApiTokenSchema, createdApiTokenSchema } from '@kontor/domain/tokens';
import { z } from 'zod';
import { requireBrowserSession } from '../../platform/auth/access.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { ApiTokenService } from './service.js';

export function tokenRoutes(app: Api, tokens: ApiTokenService): void {
  app.get(
    '/api/tokens',
    {
      config: { access: 'tokens.own' },
      schema: {
        tags: ['tokens'],
        summary: 'Own active API tokens',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }) },
      },
    },
    async (request) => ({ items: await tokens.listOwn(principalOf(request).userId) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'tokens.own' },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is in this response only',
        body: createApiTokenSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      // A token must not mint further tokens: a leaked one could otherwise make itself permanent.
      requireBrowserSession(principal);
      return reply.code(201).send(await tokens.create(principal.userId, request.body));
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'tokens.own' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an own API token',
        params: z.object({ id: z.string().min(1).max(64) }),
      },
    },
    async (request, reply) => {
      await tokens.revoke(principalOf(request).userId, request.params.id);
      return reply.code(204).send();
    },
  );
}
