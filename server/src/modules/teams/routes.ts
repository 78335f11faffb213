import { createTeamSchema, teamSchema, updateTeamSchema } from '@kontor/domain/teams';
import { z } from 'zod';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { TeamService } from './service.js';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function teamRoutes(app: Api, teams: TeamService): void {
  app.get(
    '/api/teams',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['teams'],
        summary: 'All teams with their members',
        response: { 200: z.object({ items: z.array(teamSchema) }) },
      },
    },
    async () => ({ items: await teams.list() }),
  );

  app.get(
    '/api/teams/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['teams'], params: idParams, response: { 200: teamSchema } },
    },
    (request) => teams.get(request.params.id),
  );

  app.post(
    '/api/teams',
    {
      config: { access: 'teams.manage' },
      schema: { tags: ['teams'], body: createTeamSchema, response: { 201: teamSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await teams.create(principalOf(request).userId, request.body)),
  );

  app.patch(
    '/api/teams/:id',
    {
      config: { access: 'teams.manage' },
      schema: {
        tags: ['teams'],
        summary: 'Rename or set members; send the version you read',
        params: idParams,
        body: updateTeamSchema,
        response: { 200: teamSchema },
      },
    },
    (request) => teams.update(request.params.id, request.body),
  );

  app.delete(
    '/api/teams/:id',
    { config: { access: 'teams.manage' }, schema: { tags: ['teams'], params: idParams } },
    async (request, reply) => {
      await teams.delete(request.params.id);
      return reply.code(204).send();
    },
  );
}
