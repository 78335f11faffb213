// Column declarations for sink layouts: a name and the PostgreSQL array type its values travel
// in (`unnest($1::bigint[])`); SQLite ignores the type.
export const text = (name: string) => [name, 'text'] as const;
export const int = (name: string) => [name, 'int'] as const;
export const bigint = (name: string) => [name, 'bigint'] as const;
