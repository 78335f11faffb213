import { CONTACT, type Contact } from '@kontor/domain/contacts';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InfoCard } from '../../ui/DetailParts';
import { FactList } from '../../ui/FactList';
import { useLabel } from '../../ui/fieldFormat';
import { telHref } from '../../ui/links';
import { dash, useFact } from '../../ui/useFact';
import { ContactAddresses } from './ContactAddresses';
import { ContactEmployments } from './ContactEmployments';

/** The overview tab of a contact: person, channels, employments, addresses and the record's dates. */
export function ContactOverview({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const label = useLabel();
  const fact = useFact(CONTACT, contact);
  const yesNo = (value: boolean) => (value ? t('contacts.yes') : t('contacts.no'));

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <InfoCard title={t('contacts.sections.person')}>
        <FactList
          facts={[
            {
              label: t('contacts.salutation'),
              value: contact.salutation ? t(`contacts.salutations.${contact.salutation}`) : dash,
            },
            { label: t('contacts.titleField'), value: contact.title ?? dash },
            fact('firstName'),
            fact('lastName'),
            fact('birthday'),
            fact('language'),
            fact('ownerName'),
            fact('tags'),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('contacts.sections.channels')}>
        <FactList
          facts={[
            {
              label: t('contacts.emails'),
              value:
                contact.emails.length === 0 ? (
                  dash
                ) : (
                  <Stack gap={2} component="span">
                    {contact.emails.map((email) => (
                      <span key={email.address}>
                        <Anchor href={`mailto:${email.address}`} size="sm">
                          {email.address}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          ({t(`contacts.emailTypes.${email.type}`)})
                        </Text>
                      </span>
                    ))}
                  </Stack>
                ),
            },
            {
              label: t('contacts.phones'),
              value:
                contact.phones.length === 0 ? (
                  dash
                ) : (
                  <Stack gap={2} component="span">
                    {contact.phones.map((phone) => (
                      <span key={phone.number}>
                        <Anchor href={telHref(phone.number)} size="sm">
                          {phone.number}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          ({t(`contacts.phoneTypes.${phone.type}`)})
                        </Text>
                      </span>
                    ))}
                  </Stack>
                ),
            },
            {
              label: label((fieldOf(CONTACT, 'preferredChannel') as FieldDef).label),
              value: contact.preferredChannel ? t(`contacts.channels.${contact.preferredChannel}`) : dash,
            },
            fact('doNotContact', yesNo(contact.doNotContact)),
            fact('marketingConsent', yesNo(contact.marketingConsent)),
          ]}
        />
      </InfoCard>
      <InfoCard title={t('contacts.sections.employments')}>
        <ContactEmployments contact={contact} />
      </InfoCard>
      <InfoCard title={t('contacts.sections.addresses')}>
        <ContactAddresses contact={contact} />
      </InfoCard>
      <InfoCard title={t('organizations.sections.record')}>
        <FactList facts={[fact('createdAt'), fact('updatedAt')]} />
      </InfoCard>
    </SimpleGrid>
  );
}
