/** The entries of `after` that differ from `before`, so an update sends (and the history shows) only the user's edits. */
export function changedFields(before: object, after: object): Record<string, unknown> {
  const previous = before as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(previous[key])),
  );
}
