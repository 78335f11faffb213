import { CONTACT, type Contact, contactSchema } from '@kontor/domain/contacts';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { useTranslation } from 'react-i18next';
import { FactList } from '../../ui/FactList';
import { useLabel } from '../../ui/fieldFormat';
import { useFormat } from '../../ui/format';
import { MergeModal } from '../../ui/MergeModal';
import { MergeMovesList } from '../../ui/MergeMovesList';
import { CONTACTS_API, contactsKey, useContactDuplicates, useContactSearch } from './api';

/** "Zusammenführen": the duplicates the server finds for this contact, or any contact by name. */
export function ContactMerge({
  contact,
  opened,
  onClose,
}: {
  contact: Contact;
  opened: boolean;
  onClose: () => void;
}) {
  const duplicates = useContactDuplicates(
    opened
      ? {
          firstName: contact.firstName ?? '',
          lastName: contact.lastName,
          email: contact.email ?? '',
          phone: contact.phone ?? '',
          city: contact.addresses[0]?.city ?? '',
          excludeId: contact.id,
        }
      : {},
  );
  return (
    <MergeModal<Contact>
      opened={opened}
      onClose={onClose}
      current={contact}
      apiPath={CONTACTS_API}
      detailPath={(id) => `/contacts/${encodeURIComponent(id)}`}
      schema={contactSchema}
      queryKey={contactsKey}
      suggestions={(duplicates.data ?? []).map(({ contact: other, reasons }) => ({
        id: other.id,
        name: other.name,
        detail: other.organizationName,
        reasons,
      }))}
      useSearch={useMergeSearch}
      describe={(record) => <MergeFacts contact={record} />}
      moves={(merged) => <MergeMoves contact={merged} />}
    />
  );
}

/** Contacts by name for the merge picker, as merge options. */
function useMergeSearch(typed: string) {
  const found = useContactSearch(typed);
  return {
    isFetching: found.isFetching,
    data: found.data?.map((other) => ({ id: other.id, name: other.name, detail: other.organizationName })),
  };
}

function MergeMoves({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <MergeMovesList
      lines={[
        contact.emails.length ? t('contacts.movesEmails', { count: contact.emails.length }) : null,
        contact.phones.length ? t('contacts.movesPhones', { count: contact.phones.length }) : null,
        contact.employments.length
          ? t('contacts.movesEmployments', { count: contact.employments.length })
          : null,
        !contact.addressesInherited && contact.addresses.length
          ? t('contacts.movesAddresses', { count: contact.addresses.length })
          : null,
        contact.tags.length ? t('organizations.movesTags', { tags: contact.tags.join(', ') }) : null,
      ]}
    />
  );
}

function MergeFacts({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  return (
    <FactList
      facts={[
        { label: t('contacts.organization'), value: contact.organizationName ?? '–' },
        {
          label: t('contacts.emails'),
          value: contact.emails.map((email) => email.address).join(', ') || '–',
        },
        { label: t('contacts.phones'), value: contact.phones.map((phone) => phone.number).join(', ') || '–' },
        {
          label: t('contacts.sections.employments'),
          value: String(contact.employments.length),
        },
        {
          label: label((fieldOf(CONTACT, 'createdAt') as FieldDef).label),
          value: format.dateTime(contact.createdAt),
        },
      ]}
    />
  );
}
