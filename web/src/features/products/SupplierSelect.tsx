import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationSearch } from '../../ui/OrganizationSelect';

interface SupplierSelectProps {
  label: string;
  value?: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  /** The suppliers the product has now, so their names show before any search. */
  initial: readonly { id: string; name: string }[];
  style?: CSSProperties;
}

/** The product's suppliers: organisations found by name on the server (prefix, umlaut-insensitive). */
export function SupplierSelect({ label, value = [], onChange, error, initial, style }: SupplierSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useOrganizationSearch(debounced);
  // The names of everything chosen so far, whether it came with the product or from a search.
  const [names, setNames] = useState(() => new Map(initial.map((supplier) => [supplier.id, supplier.name])));

  const data = (results.data ?? []).map((organization) => ({
    value: organization.id,
    label: organization.name,
  }));
  const found = new Set(data.map((option) => option.value));
  // Chosen suppliers must stay in the data for their pills, but not crowd the search results.
  for (const id of value) {
    if (!data.some((option) => option.value === id)) data.unshift({ value: id, label: names.get(id) ?? id });
  }

  return (
    <MultiSelect
      label={label}
      style={style}
      description={t('products.suppliersHint')}
      data={data}
      value={value}
      error={error}
      searchable
      clearable
      // The server already matched (case- and umlaut-insensitively); no second filter here.
      filter={({ options }) => options.filter((option) => 'value' in option && found.has(option.value))}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('products.suppliersNone')}
      onChange={(ids) => {
        setNames((current) => {
          const next = new Map(current);
          for (const option of data) if (ids.includes(option.value)) next.set(option.value, option.label);
          return next;
        });
        onChange(ids);
      }}
    />
  );
}
