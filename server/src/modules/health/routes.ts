import { sql } from 'kysely';
import { z } from 'zod';
import type { DatabaseHandle } from '../../platform/db/connection.js';
import { AppError } from '../../platform/http/problem.js';
import type { Api } from '../../platform/http/types.js';

export function healthRoutes(app: Api, database: DatabaseHandle): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and the database engine in use',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) },
      },
    },
    async () => {
      try {
        await sql`select 1`.execute(database.db);
      } catch {
        throw new AppError(503, 'database-unavailable');
      }
      return { status: 'ok' as const, database: database.engine };
    },
  );
}
