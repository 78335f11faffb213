import { z } from 'zod';
import { foldGerman } from './normalize.js';

// Legal forms say nothing about which company is meant: "Müller GmbH" and "Müller KG" in the
// same town are likely the same customer typed twice.
const LEGAL_FORMS =
  /\b(gmbh(\s*&\s*co\.?\s*kg)?|mbh|ag|kgaa|kg|ohg|gbr|ug(\s*\(haftungsbeschraenkt\))?|e\.?\s?k\.?|e\.?\s?v\.?|se|ltd\.?|inc\.?|co\.?|sarl|s\.?a\.?|bv|nv)\b/g;

/** The part of an organisation name that identifies it: folded, without legal form and punctuation. */
export function organizationNameCore(name: string): string {
  return foldGerman(name)
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const DUPLICATE_REASONS = ['email', 'phone', 'name', 'vatId'] as const;
export const duplicateReasonSchema = z.enum(DUPLICATE_REASONS);

/** What a create form sends to learn about likely duplicates while the user types. */
export const contactDuplicateQuerySchema = z.object({
  firstName: z.string().max(100).optional(),
  lastName: z.string().max(100).optional(),
  email: z.string().max(254).optional(),
  phone: z.string().max(40).optional(),
  city: z.string().max(100).optional(),
  excludeId: z.string().max(64).optional(),
});

export const organizationDuplicateQuerySchema = z.object({
  name: z.string().max(200).optional(),
  vatId: z.string().max(20).optional(),
  city: z.string().max(100).optional(),
  excludeId: z.string().max(64).optional(),
});

/** Merge `mergeId` into `keepId`; both versions as read, so a concurrent edit gives 409. */
export const mergeRequestSchema = z
  .object({
    keepId: z.string().max(64),
    keepVersion: z.number().int().min(1).max(2_147_483_647),
    mergeId: z.string().max(64),
    mergeVersion: z.number().int().min(1).max(2_147_483_647),
  })
  .strict()
  .refine((merge) => merge.keepId !== merge.mergeId, {
    message: 'Ein Datensatz kann nicht mit sich selbst zusammengeführt werden',
    path: ['mergeId'],
  });
