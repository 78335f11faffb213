/**
 * Reads an enum column: a stored value outside `allowed` (an older or newer version's, or a
 * hand-edited row) becomes `fallback` instead of failing the whole request. A Set lookup rather
 * than a zod schema per call: mapping a 50-row page built ~250 schemas per request.
 */
export function storedEnum<const T extends string, const F extends T | null>(
  allowed: readonly T[],
  fallback: F,
): (value: string | null | undefined) => T | F {
  const known = new Set<string>(allowed);
  return (value) => (value != null && known.has(value) ? (value as T) : fallback);
}
