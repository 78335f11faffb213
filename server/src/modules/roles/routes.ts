import { permissionSchema, roleKeySchema } from '@kontor/domain/permissions';
import { z } from 'zod';
import type { Api } from '../../platform/http/types.js';
import type { RoleService } from './service.js';

const roleSchema = z.object({ key: roleKeySchema, permissions: z.array(permissionSchema) });

export function roleRoutes(app: Api, roles: RoleService): void {
  app.get(
    '/api/roles',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['roles'],
        summary: 'Roles and their permissions',
        response: { 200: z.object({ items: z.array(roleSchema) }) },
      },
    },
    async () => ({ items: await roles.list() }),
  );
}
