import { z } from 'zod';

export const ADDRESS_TYPES = ['billing', 'shipping', 'visiting', 'private'] as const;
export const addressTypeSchema = z.enum(ADDRESS_TYPES);

const line = (max: number) => z.string().trim().max(max).nullable().default(null);

/** A postal address as forms send it (M3). */
export const addressInputSchema = z
  .object({
    type: addressTypeSchema.default('billing'),
    street: line(120),
    houseNumber: line(20),
    addressLine2: line(120),
    poBox: line(20),
    postalCode: line(12),
    city: line(100),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { message: 'ISO-Ländercode wie DE' })
      .default('DE'),
  })
  .strict();
export type AddressInput = z.output<typeof addressInputSchema>;

export const addressSchema = z.object({
  id: z.string(),
  type: addressTypeSchema,
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  addressLine2: z.string().nullable(),
  poBox: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: z.string(),
});
export type Address = z.infer<typeof addressSchema>;
