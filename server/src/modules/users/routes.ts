import {
  createdUserSchema,
  createUserSchema,
  updateMyProfileSchema,
  updateUserSchema,
  userSchema,
} from '@kontor/domain/users';
import { z } from 'zod';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { UserService } from './service.js';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function userRoutes(app: Api, users: UserService): void {
  app.get(
    '/api/users/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['users'], summary: 'The calling user', response: { 200: userSchema } },
    },
    (request) => users.get(principalOf(request).userId),
  );

  app.patch(
    '/api/users/me',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['users'],
        summary: 'Change own name, language or colour scheme',
        body: updateMyProfileSchema,
        response: { 200: userSchema },
      },
    },
    (request) => users.updateProfile(principalOf(request), request.body),
  );

  app.get(
    '/api/users',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['users'],
        summary: 'All users',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async () => ({ items: await users.list() }),
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: 'users.read' },
      schema: { tags: ['users'], params: idParams, response: { 200: userSchema } },
    },
    (request) => users.get(request.params.id),
  );

  app.post(
    '/api/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user, or invite one when no password is given',
        body: createUserSchema,
        response: { 201: createdUserSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await users.create(principalOf(request), request.body)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: 'Change role, teams, name or active state; send the version you read',
        params: idParams,
        body: updateUserSchema,
        response: { 200: userSchema },
      },
    },
    (request) => users.update(principalOf(request), request.params.id, request.body),
  );
}
