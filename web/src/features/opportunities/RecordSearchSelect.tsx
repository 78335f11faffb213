import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';

const namesSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

/** Records of a list API whose name starts with what was typed (20 at a time), for pickers. */
function useNameSearch(apiPath: string, typed: string, enabled: boolean) {
  // Characters of the filter language would change the meaning; a name search needs none of them.
  const cleaned = typed.replace(/[&|()"<>=!*\\]/g, ' ').trim();
  return useQuery({
    queryKey: [apiPath, 'name-search', cleaned],
    queryFn: async () => {
      const params = new URLSearchParams({ 'filter[name]': `${cleaned}*`, limit: '20' });
      return (await apiRequest(`${apiPath}?${params}`, { schema: namesSchema })).items;
    },
    placeholderData: (previous) => previous,
    enabled,
  });
}

/** Picks a lead or contact by searching names on the server (prefix, umlaut-insensitive). */
export function RecordSearchSelect({
  apiPath,
  label,
  value,
  onChange,
  error,
  initial,
  disabled,
}: {
  apiPath: '/api/leads' | '/api/contacts';
  label: string;
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
  /** The current choice, so its name shows before any search. */
  initial: { id: string; name: string } | null;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useNameSearch(apiPath, debounced, !disabled);
  const [chosen, setChosen] = useState(initial);
  const data = (results.data ?? []).map((record) => ({ value: record.id, label: record.name }));
  if (chosen && value === chosen.id && !data.some((option) => option.value === chosen.id))
    data.unshift({ value: chosen.id, label: chosen.name });
  return (
    <Select
      label={label}
      placeholder={t('opportunities.form.searchPlaceholder')}
      data={data}
      value={value ?? null}
      error={error}
      disabled={disabled}
      searchable
      clearable
      // The server already matched (case- and umlaut-insensitively); no second filter here.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('opportunities.form.nothingFound')}
      onChange={(id, option) => {
        setChosen(id && option ? { id, name: option.label } : null);
        onChange(id);
      }}
    />
  );
}
