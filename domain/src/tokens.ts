import { z } from 'zod';

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** First characters of the token, so a user can tell tokens apart without the secret. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createApiTokenSchema = z
  .object({
    name: z.string().trim().min(1, { message: 'Pflichtfeld' }).max(120),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const createdApiTokenSchema = z.object({
  apiToken: apiTokenSchema,
  /** The secret itself, shown exactly once. */
  token: z.string(),
});
