import { listResponseSchema } from '@kontor/domain/fields';
import { organizationSchema } from '@kontor/domain/organizations';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from './api';

const listSchema = listResponseSchema(organizationSchema);

/** Organisations whose name starts with what was typed (20 at a time), for pickers. */
export function useOrganizationSearch(typed: string) {
  // Characters of the filter language would change the meaning; a name search needs none of them.
  const cleaned = typed.replace(/[&|()"<>=!*\\]/g, ' ').trim();
  return useQuery({
    queryKey: ['organizations', 'search', cleaned],
    queryFn: async () => {
      const params = new URLSearchParams({ 'filter[name]': `${cleaned}*`, limit: '20' });
      return (await apiRequest(`/api/organizations?${params}`, { schema: listSchema })).items;
    },
    placeholderData: (previous) => previous,
  });
}

interface OrganizationSelectProps {
  label: string;
  value?: string | null;
  onChange: (value: string | null, name: string | null) => void;
  error?: ReactNode;
  required?: boolean;
  placeholder?: string;
  /** An organisation not to offer (e.g. the one being edited cannot be its own parent). */
  excludeId?: string;
  /** The current choice, so its name shows before any search. */
  initial: { id: string; name: string } | null;
}

/** Picks an organisation by searching names on the server (prefix match, umlaut-insensitive). */
export function OrganizationSelect({
  label,
  value,
  onChange,
  error,
  required,
  placeholder,
  excludeId,
  initial,
}: OrganizationSelectProps) {
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
      placeholder={placeholder ?? t('organizations.parentPlaceholder')}
      data={data}
      value={value ?? null}
      error={error}
      required={required}
      searchable
      clearable
      // The server already matched (case- and umlaut-insensitively); no second filter here.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('organizations.parentNone')}
      onChange={(id, option) => {
        setChosen(id && option ? { id, name: option.label } : null);
        onChange(id, id && option ? option.label : null);
      }}
    />
  );
}
