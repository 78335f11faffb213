import type { ProductCategory } from '@kontor/domain/products';

/** The separator between the levels of a category path ("Maschinen › Pumpen"). */
export const PATH_SEPARATOR = ' › ';

export interface CategoryEntry {
  category: ProductCategory;
  /** 0 for a top-level category. */
  depth: number;
  /** The names from the top down to this category. */
  names: string[];
  path: string;
}

/**
 * The categories in tree order — each parent followed by its children, siblings by name — with
 * their depth and path. A category whose parent is unknown (or that sits in a cycle, which the
 * server prevents) is shown at the top level rather than lost.
 */
export function categoryTree(categories: readonly ProductCategory[], language = 'de'): CategoryEntry[] {
  const known = new Set(categories.map((category) => category.id));
  const children = new Map<string | null, ProductCategory[]>();
  for (const category of categories) {
    const parent = category.parentId && known.has(category.parentId) ? category.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), category]);
  }
  const byName = (a: ProductCategory, b: ProductCategory) => a.name.localeCompare(b.name, language);
  const result: CategoryEntry[] = [];
  const placed = new Set<string>();
  const visit = (category: ProductCategory, names: string[]) => {
    if (placed.has(category.id)) return;
    placed.add(category.id);
    const own = [...names, category.name];
    result.push({ category, depth: names.length, names: own, path: own.join(PATH_SEPARATOR) });
    for (const child of [...(children.get(category.id) ?? [])].sort(byName)) visit(child, own);
  };
  for (const top of [...(children.get(null) ?? [])].sort(byName)) visit(top, []);
  // Whatever no top-level category reaches (a cycle) still appears, at the top.
  for (const category of [...categories].sort(byName)) visit(category, []);
  return result;
}

/** The path of a category ("Maschinen › Pumpen"), or null when it is unknown. */
export function categoryPath(entries: readonly CategoryEntry[], id: string | null): string | null {
  if (!id) return null;
  return entries.find((entry) => entry.category.id === id)?.path ?? null;
}

/** The category itself and everything below it: none of them can become its parent. */
export function selfAndDescendants(categories: readonly ProductCategory[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const category of categories) {
      if (category.parentId && result.has(category.parentId) && !result.has(category.id)) {
        result.add(category.id);
        grew = true;
      }
    }
  }
  return result;
}
