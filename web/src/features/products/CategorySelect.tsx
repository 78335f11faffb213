import type { ProductCategory } from '@kontor/domain/products';
import { Select, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryTree } from './categoryTree';

interface CategorySelectProps {
  label: string;
  categories: readonly ProductCategory[];
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  /** Categories that cannot be chosen here (e.g. a category and its subcategories as its own parent). */
  excluded?: ReadonlySet<string>;
  loading?: boolean;
  'data-autofocus'?: boolean;
}

/**
 * Picks a product category from the tree: options in tree order, indented by depth; the chosen
 * one and search matches show the whole path ("Maschinen › Pumpen").
 */
export function CategorySelect({ categories, excluded, loading, ...props }: CategorySelectProps) {
  const { t, i18n } = useTranslation();
  const entries = categoryTree(categories, i18n.language);
  const depthOf = new Map(entries.map((entry) => [entry.category.id, entry]));
  const data = entries.map((entry) => ({
    value: entry.category.id,
    label: entry.path,
    disabled: excluded?.has(entry.category.id) ?? false,
  }));
  return (
    <Select
      {...props}
      data={data}
      value={props.value ?? null}
      searchable
      clearable
      placeholder={props.placeholder ?? t('products.categoryNone')}
      nothingFoundMessage={loading ? t('common.loading') : t('products.categoryNothingFound')}
      renderOption={({ option }) => {
        const entry = depthOf.get(option.value);
        if (!entry) return option.label;
        return (
          <Text span size="sm" pl={entry.depth * 16}>
            {entry.category.name}
            {entry.depth > 0 && (
              <Text span size="xs" c="dimmed" ml={6}>
                {entry.names.slice(0, -1).join(' › ')}
              </Text>
            )}
          </Text>
        );
      }}
    />
  );
}
