import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationSearch } from './OrganizationSelect';

interface OrganizationMultiSelectProps {
  label: string;
  /** What the chosen organisations are to the record (e.g. its suppliers or competitors). */
  description: string;
  /** Shown when a search finds no organisation. */
  nothingFound: string;
  value?: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  /** The organisations the record has now, so their names show before any search. */
  initial: readonly { id: string; name: string }[];
  style?: CSSProperties;
}

/** Several organisations picked by searching names on the server (prefix, umlaut-insensitive). */
export function OrganizationMultiSelect({
  label,
  description,
  nothingFound,
  value = [],
  onChange,
  error,
  initial,
  style,
}: OrganizationMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useOrganizationSearch(debounced);
  // The names of everything chosen so far, whether it came with the record or from a search.
  const [names, setNames] = useState(
    () => new Map(initial.map((organization) => [organization.id, organization.name])),
  );

  const data = (results.data ?? []).map((organization) => ({
    value: organization.id,
    label: organization.name,
  }));
  const found = new Set(data.map((option) => option.value));
  // Chosen ones must stay in the data for their pills, but not crowd the search results.
  for (const id of value) if (!found.has(id)) data.unshift({ value: id, label: names.get(id) ?? id });

  return (
    <MultiSelect
      label={label}
      style={style}
      description={description}
      data={data}
      value={value}
      error={error}
      searchable
      clearable
      // The server already matched (case- and umlaut-insensitively); no second filter here.
      filter={({ options }) => options.filter((option) => 'value' in option && found.has(option.value))}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : nothingFound}
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
