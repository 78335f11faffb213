import { CONTACT, type Contact } from '@kontor/domain/contacts';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { useTranslation } from 'react-i18next';
import { FieldHistory } from '../../ui/FieldHistory';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useContactHistory } from './api';

/** The history tab of a contact: its changes field by field. */
export function ContactHistory({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const history = useContactHistory(contact.id);
  if (history.isPending) return <TableSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => history.refetch()} />;
  const owner = fieldOf(CONTACT, 'ownerName') as FieldDef;
  const text = (key: string, labelKey: string): FieldDef => ({
    key,
    kind: 'text',
    label: { de: t(labelKey, { lng: 'de' }), en: t(labelKey, { lng: 'en' }) },
  });
  return (
    <FieldHistory
      record={CONTACT}
      items={history.data}
      extraFields={{
        ownerId: owner,
        salutation: text('salutation', 'contacts.salutation'),
        title: text('title', 'contacts.titleField'),
        emails: text('emails', 'contacts.emails'),
        phones: text('phones', 'contacts.phones'),
        employments: text('employments', 'contacts.sections.employments'),
        addresses: text('addresses', 'contacts.sections.addresses'),
      }}
      describeValue={(field, value) => {
        if (field === 'ownerId' && value === contact.ownerId) return contact.ownerName ?? undefined;
        return undefined;
      }}
    />
  );
}
