import { Group, Input, Pill, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '../../ui/OrganizationSelect';
import { usePermission } from '../../ui/session';
import type { FormLink } from './activityForm';
import { ContactSelect } from './ContactSelect';

/**
 * The records an entry concerns (A4): the record it was started from is there already; more
 * organisations and contacts can be added. At least one link stays.
 */
export function LinksField({
  links,
  onChange,
  error,
}: {
  links: FormLink[];
  onChange: (links: FormLink[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const canReadOrganizations = usePermission('organizations.read');
  const canReadContacts = usePermission('contacts.read');
  const add = (link: FormLink) => {
    if (!links.some((l) => l.recordType === link.recordType && l.recordId === link.recordId))
      onChange([...links, link]);
  };
  const idsOf = (type: FormLink['recordType']) =>
    links.filter((l) => l.recordType === type).map((l) => l.recordId);

  return (
    <Stack gap="xs">
      <Input.Wrapper label={t('activities.fields.links')} error={error} labelElement="div">
        <Group gap={6} mt={4}>
          {links.map((link) => {
            const name = link.name || t('activities.hidden');
            return (
              <Pill
                key={`${link.recordType}:${link.recordId}`}
                size="md"
                withRemoveButton={links.length > 1}
                removeButtonProps={{ 'aria-label': t('activities.fields.removeLink', { name }) }}
                onRemove={() => onChange(links.filter((l) => l !== link))}
              >
                {t(`activities.records.${link.recordType}`)}: {name}
              </Pill>
            );
          })}
        </Group>
      </Input.Wrapper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {canReadOrganizations && (
          <OrganizationSelect
            label={t('activities.fields.addOrganization')}
            value={null}
            initial={null}
            onChange={(id, name) => {
              if (id && name) add({ recordType: 'organization', recordId: id, name });
            }}
          />
        )}
        {canReadContacts && (
          <ContactSelect
            label={t('activities.fields.addContact')}
            excludeIds={idsOf('contact')}
            onPick={(id, name) => add({ recordType: 'contact', recordId: id, name })}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
