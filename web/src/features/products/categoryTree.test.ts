import type { ProductCategory } from '@kontor/domain/products';
import { describe, expect, it } from 'vitest';
import { categoryPath, categoryTree, selfAndDescendants } from './categoryTree';

const category = (id: string, name: string, parentId: string | null = null): ProductCategory => ({
  id,
  name,
  parentId,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  version: 1,
});

const categories = [
  category('pumps', 'Pumpen', 'machines'),
  category('services', 'Dienstleistungen'),
  category('machines', 'Maschinen'),
  category('valves', 'Ventile', 'machines'),
  category('centrifugal', 'Kreiselpumpen', 'pumps'),
  category('assembly', 'Montage', 'services'),
];

describe('the category tree', () => {
  it('lists each parent before its children, siblings by name, with depth and path', () => {
    expect(categoryTree(categories).map(({ category: c, depth, path }) => [c.id, depth, path])).toEqual([
      ['services', 0, 'Dienstleistungen'],
      ['assembly', 1, 'Dienstleistungen › Montage'],
      ['machines', 0, 'Maschinen'],
      ['pumps', 1, 'Maschinen › Pumpen'],
      ['centrifugal', 2, 'Maschinen › Pumpen › Kreiselpumpen'],
      ['valves', 1, 'Maschinen › Ventile'],
    ]);
  });

  it('sorts German names as German readers expect (Ä with A)', () => {
    const names = categoryTree([
      category('b', 'Bürsten'),
      category('a', 'Äxte'),
      category('z', 'Zangen'),
    ]).map((entry) => entry.category.name);
    expect(names).toEqual(['Äxte', 'Bürsten', 'Zangen']);
  });

  it('keeps categories whose parent is unknown or that form a cycle, at the top', () => {
    const tree = categoryTree([
      category('orphan', 'Waise', 'gone'),
      category('a', 'A', 'b'),
      category('b', 'B', 'a'),
    ]);
    expect(tree.map((entry) => entry.category.id).sort()).toEqual(['a', 'b', 'orphan']);
    expect(tree.find((entry) => entry.category.id === 'orphan')?.depth).toBe(0);
  });

  it('finds a category’s path by id, or null', () => {
    const tree = categoryTree(categories);
    expect(categoryPath(tree, 'centrifugal')).toBe('Maschinen › Pumpen › Kreiselpumpen');
    expect(categoryPath(tree, null)).toBeNull();
    expect(categoryPath(tree, 'unknown')).toBeNull();
  });

  it('knows which categories cannot become the parent: the category itself and all below it', () => {
    expect([...selfAndDescendants(categories, 'machines')].sort()).toEqual([
      'centrifugal',
      'machines',
      'pumps',
      'valves',
    ]);
    expect([...selfAndDescendants(categories, 'valves')]).toEqual(['valves']);
  });
});
