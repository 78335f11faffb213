import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { DuplicateHint } from '../../ui/DuplicateHint';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { useCurrentSession, usePermission } from '../../ui/session';
import { useContactDuplicates, useCreateContact } from './api';
import { ContactFormFields } from './ContactForm';
import { type ContactFormValues, initialValues } from './contactFormValues';
import { toPayload, withoutEmptyRows } from './contactPayload';
import { useContactForm } from './useContactForm';

const DUPLICATE_DEBOUNCE_MS = 400;

export function NewContactPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const me = useCurrentSession().user;
  const canReadUsers = usePermission('users.read');
  // "Kontakt hinzufügen" on an organisation's page starts the employment there.
  const organizationId = params.get('organizationId');
  const organization = organizationId
    ? { id: organizationId, name: params.get('organizationName') ?? '' }
    : undefined;
  const form = useContactForm(
    initialValues(i18n.language, undefined, { ownerId: canReadUsers ? me.id : null, organization }),
  );
  const create = useCreateContact();

  const cancel = () => (location.key === 'default' ? navigate('/contacts') : navigate(-1));

  return (
    <>
      <PageHeader title={t('contacts.newTitle')} />
      <ContactFormFields
        form={form}
        submitLabel={t('contacts.create')}
        pending={create.isPending}
        onCancel={cancel}
        duplicates={<Duplicates values={form.values} />}
        onSubmit={(_, markSaved) =>
          create.mutate(toPayload(withoutEmptyRows(form)), {
            onError: (error) => showSubmitError(error, form, t),
            onSuccess: (created) => {
              markSaved();
              notifications.show({ color: 'teal', message: t('contacts.created', { name: created.name }) });
              navigate(`/contacts/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}

/** Asks the server, after a pause in typing, whether this person is already known (M4). */
function Duplicates({ values }: { values: ContactFormValues }) {
  const [query] = useDebouncedValue(
    {
      firstName: values.firstName,
      lastName: values.lastName,
      email: values.emails.find((email) => email.address.trim())?.address ?? '',
      phone: values.phones.find((phone) => phone.number.trim())?.number ?? '',
      city: values.addresses.find((address) => address.city.trim())?.city ?? '',
    },
    DUPLICATE_DEBOUNCE_MS,
  );
  const duplicates = useContactDuplicates(query);
  if (!duplicates.data) return null;
  return (
    <DuplicateHint
      candidates={duplicates.data.map(({ contact, reasons }) => ({
        id: contact.id,
        href: `/contacts/${encodeURIComponent(contact.id)}`,
        name: contact.name,
        detail: [contact.organizationName, contact.email].filter(Boolean).join(' · ') || null,
        reasons,
      }))}
    />
  );
}
