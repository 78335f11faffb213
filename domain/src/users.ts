import { z } from 'zod';
import { permissionSchema, roleKeySchema } from './permissions.js';
import { versionSchema } from './records.js';

export const LANGUAGES = ['de', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;
export const colorSchemeSchema = z.enum(COLOR_SCHEMES);
export type ColorScheme = z.infer<typeof colorSchemeSchema>;

/** Minimum password length (NIST 800-63B); no composition rules, a maximum to bound hashing cost. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Keine gültige E-Mail-Adresse' }));

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Mindestens ${PASSWORD_MIN_LENGTH} Zeichen` })
  .max(PASSWORD_MAX_LENGTH, { message: `Höchstens ${PASSWORD_MAX_LENGTH} Zeichen` });

export const personNameSchema = z.string().trim().min(1, { message: 'Pflichtfeld' }).max(200);

export const teamRefSchema = z.object({ id: z.string(), name: z.string() });

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleKeySchema,
  language: languageSchema,
  colorScheme: colorSchemeSchema,
  active: z.boolean(),
  invitationPending: z.boolean(),
  teams: z.array(teamRefSchema),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  user: userSchema,
  permissions: z.array(permissionSchema),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const setupStatusSchema = z.object({ setupRequired: z.boolean() });

export const setupInputSchema = z.object({
  email: emailSchema,
  name: personNameSchema,
  password: passwordSchema,
  language: languageSchema.default('de'),
});

export const loginInputSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const updateMyProfileSchema = z
  .object({
    name: personNameSchema.optional(),
    language: languageSchema.optional(),
    colorScheme: colorSchemeSchema.optional(),
  })
  .strict();

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: passwordSchema,
});

export const createUserSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema,
    role: roleKeySchema,
    /** Without a password the user is invited: the response carries a one-time invitation link. */
    password: passwordSchema.optional(),
    teamIds: z.array(z.string().max(64)).max(100).default([]),
    language: languageSchema.default('de'),
  })
  .strict();

export const updateUserSchema = z
  .object({
    version: versionSchema,
    name: personNameSchema.optional(),
    role: roleKeySchema.optional(),
    teamIds: z.array(z.string().max(64)).max(100).optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const createdUserSchema = z.object({
  user: userSchema,
  /** Path of the one-time invitation page, present only when no password was given. */
  invitationPath: z.string().nullable(),
});

export const invitationSchema = z.object({ email: z.string(), name: z.string() });
export const acceptInvitationSchema = z.object({ password: passwordSchema });
