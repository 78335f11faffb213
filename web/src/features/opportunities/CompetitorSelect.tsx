import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationSearch } from '../../ui/OrganizationSelect';

/** The deal's competitors: organisations found by name on the server. */
export function CompetitorSelect({
  label,
  value = [],
  onChange,
  error,
  initial,
  style,
}: {
  label: string;
  value?: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  initial: readonly { id: string; name: string }[];
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useOrganizationSearch(debounced);
  const [names, setNames] = useState(() => new Map(initial.map((c) => [c.id, c.name])));
  const data = (results.data ?? []).map((organization) => ({
    value: organization.id,
    label: organization.name,
  }));
  const found = new Set(data.map((option) => option.value));
  // Chosen ones stay in the data for their pills without crowding the search results.
  for (const id of value) if (!found.has(id)) data.unshift({ value: id, label: names.get(id) ?? id });
  return (
    <MultiSelect
      label={label}
      style={style}
      description={t('opportunities.form.competitorsHint')}
      data={data}
      value={value}
      error={error}
      searchable
      clearable
      filter={({ options }) => options.filter((option) => 'value' in option && found.has(option.value))}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('opportunities.form.nothingFound')}
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
