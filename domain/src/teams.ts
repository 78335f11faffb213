import { z } from 'zod';
import { versionSchema } from './records.js';

export const teamNameSchema = z.string().trim().min(1, { message: 'Pflichtfeld' }).max(120);

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  members: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Team = z.infer<typeof teamSchema>;

export const createTeamSchema = z
  .object({ name: teamNameSchema, memberIds: z.array(z.string().max(64)).max(1000).default([]) })
  .strict();

export const updateTeamSchema = z
  .object({
    version: versionSchema,
    name: teamNameSchema.optional(),
    memberIds: z.array(z.string().max(64)).max(1000).optional(),
  })
  .strict();
