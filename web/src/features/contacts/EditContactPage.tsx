import type { Contact } from '@kontor/domain/contacts';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditRecordPage } from '../../ui/EditRecordPage';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEdit } from '../../ui/useRecordEdit';
import { useContact, useUpdateContact } from './api';
import { ContactFormFields } from './ContactForm';
import { ContactNotFound } from './ContactNotFound';
import { initialValues } from './contactFormValues';
import { toPayload, withoutEmptyRows } from './contactPayload';
import { useContactForm } from './useContactForm';

export function EditContactPage() {
  const { id = '' } = useParams();
  return (
    <EditRecordPage query={useContact(id)} notFound={<ContactNotFound />}>
      {(contact, reload) => <EditForm contact={contact} reload={reload} />}
    </EditRecordPage>
  );
}

function EditForm({ contact, reload }: { contact: Contact; reload: () => Promise<Contact | undefined> }) {
  const { t, i18n } = useTranslation();
  const valuesOf = (record: Contact) => initialValues(i18n.language, record);
  const form = useContactForm(valuesOf(contact));
  const { base, formProps } = useRecordEdit({
    record: contact,
    reload,
    form,
    valuesOf,
    toPayload,
    // Empty e-mail and phone rows leave the form too, not only the request.
    prepare: () => withoutEmptyRows(form),
    update: useUpdateContact(contact.id),
    detailPath: `/contacts/${encodeURIComponent(contact.id)}`,
    savedMessage: (saved) => t('contacts.saved', { name: saved.name }),
  });
  return (
    <>
      <PageHeader title={t('contacts.editTitle', { name: base.name })} />
      <ContactFormFields form={form} contact={base} {...formProps} />
    </>
  );
}
