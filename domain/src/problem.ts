import { z } from 'zod';

/** RFC 9457 problem details as Kontor's API returns them for every error. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        start: z.number().optional(),
        end: z.number().optional(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** The `type` URI of a Kontor problem, e.g. `problemTypeOf('stale-version')`. */
export function problemTypeOf(code: string): string {
  return `urn:kontor:problem:${code}`;
}
