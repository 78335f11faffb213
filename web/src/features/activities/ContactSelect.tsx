import { contactSchema } from '@kontor/domain/contacts';
import { listResponseSchema } from '@kontor/domain/fields';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../ui/api';

const listSchema = listResponseSchema(contactSchema);

/** Contacts whose name starts with what was typed (20 at a time), with their organisation. */
function useContactSearch(typed: string) {
  // Characters of the filter language would change the meaning; a name search needs none of them.
  const cleaned = typed.replace(/[&|()"<>=!*\\]/g, ' ').trim();
  return useQuery({
    queryKey: ['contacts', 'search', cleaned],
    queryFn: async () => {
      const params = new URLSearchParams({ 'filter[name]': `${cleaned}*`, limit: '20' });
      return (await apiRequest(`/api/contacts?${params}`, { schema: listSchema })).items;
    },
    placeholderData: (previous) => previous,
  });
}

/** Picks a contact to link, searching names on the server; the choice is handed over and cleared. */
export function ContactSelect({
  label,
  excludeIds,
  onPick,
}: {
  label: string;
  excludeIds: readonly string[];
  onPick: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const results = useContactSearch(debounced);
  const data = (results.data ?? [])
    .filter((contact) => !excludeIds.includes(contact.id))
    .map((contact) => ({
      value: contact.id,
      label: contact.organizationName ? `${contact.name} (${contact.organizationName})` : contact.name,
    }));
  return (
    <Select
      label={label}
      placeholder={t('activities.contactSearch')}
      data={data}
      value={null}
      searchable
      // The server already matched (case- and umlaut-insensitively); no second filter here.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('activities.contactNone')}
      onChange={(id) => {
        const contact = results.data?.find((candidate) => candidate.id === id);
        if (contact) onPick(contact.id, contact.name);
        setSearch('');
      }}
    />
  );
}
