/** ['customer', 'supplier'] ↔ ",customer,supplier,": a set stored so LIKE '%,x,%' tests membership without a join. */
export function encodeSet(values: readonly string[]): string {
  return values.length === 0 ? '' : `,${[...new Set(values)].join(',')},`;
}

export function decodeSet(stored: string): string[] {
  return stored.split(',').filter(Boolean);
}
