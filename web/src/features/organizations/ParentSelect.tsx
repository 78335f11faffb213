import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationSearch } from './api';

interface ParentSelectProps {
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  /** The organisation being edited: it cannot be its own parent. */
  excludeId?: string;
  /** The current parent, so its name shows before any search. */
  initial: { id: string; name: string } | null;
}

/** Picks the parent organisation by searching names on the server (prefix match, 20 at a time). */
export function ParentSelect({ label, value, onChange, error, excludeId, initial }: ParentSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useOrganizationSearch(debounced);
  const [chosen, setChosen] = useState(initial);

  const data = (results.data ?? [])
    .filter((organization) => organization.id !== excludeId)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  if (chosen && value === chosen.id && !data.some((option) => option.value === chosen.id)) {
    data.unshift({ value: chosen.id, label: chosen.name });
  }

  return (
    <Select
      label={label}
      placeholder={t('organizations.parentPlaceholder')}
      data={data}
      value={value ?? null}
      error={error}
      searchable
      clearable
      // The server already matched (case- and umlaut-insensitively); no second filter here.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('organizations.parentNone')}
      onChange={(id, option) => {
        setChosen(id && option ? { id, name: option.label } : null);
        onChange(id);
      }}
    />
  );
}
