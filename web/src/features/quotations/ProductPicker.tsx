import { listResponseSchema } from '@kontor/domain/fields';
import { type Product, productSchema } from '@kontor/domain/products';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../ui/api';
import { useFormat } from '../../ui/format';

const listSchema = listResponseSchema(productSchema);

/** Active products whose name contains what was typed (20 at a time). */
function useProductSearch(typed: string, enabled: boolean) {
  // Characters of the filter language would change the meaning; a name search needs none of them.
  const cleaned = typed.replace(/[&|()"<>=!*\\]/g, ' ').trim();
  return useQuery({
    queryKey: ['products', 'search', cleaned],
    queryFn: async () => {
      const params = new URLSearchParams({ 'filter[active]': 'ja', sort: 'name', limit: '20' });
      if (cleaned) params.set('filter[name]', cleaned);
      return (await apiRequest(`/api/products?${params}`, { schema: listSchema })).items;
    },
    enabled,
    placeholderData: (previous) => previous,
  });
}

/**
 * Picks a product from the catalogue for a position; the editor then fills in its name, unit,
 * list price and tax rate. Cleared, the position is free text.
 */
export function ProductPicker({
  value,
  label,
  onPick,
  disabled,
}: {
  value: string | null;
  /** The chosen product's name (the position's text), so it shows before any search. */
  label: string;
  onPick: (product: Product | null) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const [debounced] = useDebouncedValue(search, 250);
  const results = useProductSearch(debounced, opened);
  const products = results.data ?? [];

  const data = products.map((product) => ({
    value: product.id,
    label:
      product.listPriceCents === null
        ? product.name
        : `${product.name} · ${format.money(product.listPriceCents, product.currency)} / ${product.unit}`,
  }));
  if (value && !data.some((option) => option.value === value)) data.unshift({ value, label });

  return (
    <Select
      aria-label={t('lineItems.product')}
      placeholder={t('lineItems.productPlaceholder')}
      size="xs"
      data={data}
      value={value}
      searchable
      clearable
      disabled={disabled}
      // The server already matched; no second filter here.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpened(true)}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('lineItems.noProducts')}
      onChange={(id) => onPick(id === null ? null : (products.find((product) => product.id === id) ?? null))}
    />
  );
}
