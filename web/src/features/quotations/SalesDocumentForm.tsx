import { MAX_LINES, type NumberLanguage } from '@kontor/domain/sales-totals';
import { Card, Select, Stack, Textarea, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../ui/FormSection';
import { OrganizationSelect } from '../../ui/OrganizationSelect';
import { RecordForm } from '../../ui/RecordForm';
import { usePermission } from '../../ui/session';
import { useOrganizationContacts } from '../organizations/api';
import { type DocumentFormValues, type DocumentKind, documentFormErrors } from './documentForm';
import { LineItemsEditor } from './LineItemsEditor';

export type DocumentForm = UseFormReturnType<DocumentFormValues>;

/** A field across both columns of its card. */
const FULL_WIDTH = { gridColumn: '1 / -1' };

export function useLanguage(): NumberLanguage {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}

/** The form state of a quotation or order, checked with the server's limits as the user types. */
export function useDocumentForm(values: DocumentFormValues, kind: DocumentKind): DocumentForm {
  const { t } = useTranslation();
  const language = useLanguage();
  return useForm<DocumentFormValues>({
    initialValues: values,
    validate: (current) =>
      Object.fromEntries(
        Object.entries(documentFormErrors(current, kind, language)).map(([path, key]) => [
          path,
          t(key, { max: MAX_LINES }),
        ]),
      ),
  });
}

interface SalesDocumentFormProps {
  form: DocumentForm;
  kind: DocumentKind;
  /** The chosen organisation and contact, so their names show before any search. */
  initialCustomer: { id: string; name: string } | null;
  initialContact: { id: string; name: string } | null;
  /** What the customer card shows besides the pickers, e.g. the opportunity it is for. */
  customerNote?: ReactNode;
  /** The document's own date fields (validity, or order and delivery date). */
  dates: ReactNode;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
  alert?: ReactNode;
  onSubmit: (values: DocumentFormValues, markSaved: () => void) => void;
  onCancel: () => void;
}

/** Customer, dates, positions and texts of a quotation or order; the page decides create or edit. */
export function SalesDocumentForm({
  form,
  kind,
  initialCustomer,
  initialContact,
  customerNote,
  dates,
  submitLabel,
  pending,
  disabled,
  alert,
  onSubmit,
  onCancel,
}: SalesDocumentFormProps) {
  const { t } = useTranslation();
  const organizationId = form.values.organizationId;

  return (
    <RecordForm
      form={form}
      submitLabel={submitLabel}
      pending={pending}
      disabled={disabled}
      alert={alert}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <FormSection title={t('salesDocuments.sections.customer')}>
        <OrganizationSelect
          label={t('salesDocuments.organization')}
          placeholder={t('salesDocuments.organizationPlaceholder')}
          required={kind === 'order' || form.values.leadId === null}
          initial={initialCustomer}
          value={organizationId}
          error={form.errors.organizationId}
          onChange={(id) => {
            form.setFieldValue('organizationId', id);
            // Another customer has other people: the contact chosen for the old one no longer fits.
            if (id !== organizationId) form.setFieldValue('contactId', null);
          }}
        />
        <ContactPicker
          organizationId={organizationId}
          initial={initialContact}
          value={form.values.contactId}
          onChange={(id) => form.setFieldValue('contactId', id)}
        />
        {customerNote && <div style={FULL_WIDTH}>{customerNote}</div>}
        {dates}
      </FormSection>

      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('lineItems.title')}
          </Title>
          <LineItemsEditor
            rows={form.values.lines}
            errors={form.errors}
            disabled={disabled}
            onChange={(rows, edited) => {
              // Setting the lines clears every message under them; only the edited cell's should go.
              const kept = Object.entries(form.errors).filter(([path]) =>
                edited ? path !== edited : !path.startsWith('lines'),
              );
              form.setFieldValue('lines', rows);
              form.setErrors(Object.fromEntries(kept));
            }}
            onCellBlur={(path) => form.validateField(path)}
          />
        </Stack>
      </Card>

      <FormSection title={t('salesDocuments.sections.texts')}>
        <Textarea
          label={t('salesDocuments.introText')}
          autosize
          minRows={2}
          maxRows={10}
          style={FULL_WIDTH}
          {...form.getInputProps('introText')}
        />
        <Textarea
          label={t('salesDocuments.terms')}
          description={kind === 'quotation' ? t('salesDocuments.defaultTextHint') : undefined}
          autosize
          minRows={2}
          maxRows={10}
          style={FULL_WIDTH}
          {...form.getInputProps('terms')}
        />
        <Textarea
          label={t('salesDocuments.paymentTerms')}
          description={t('salesDocuments.defaultTextHint')}
          autosize
          minRows={1}
          maxRows={6}
          style={FULL_WIDTH}
          {...form.getInputProps('paymentTerms')}
        />
      </FormSection>
    </RecordForm>
  );
}

/** The customer's contact person, chosen among the organisation's contacts. */
function ContactPicker({
  organizationId,
  initial,
  value,
  onChange,
}: {
  organizationId: string | null;
  initial: { id: string; name: string } | null;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const canReadContacts = usePermission('contacts.read');
  const contacts = useOrganizationContacts(organizationId ?? '', canReadContacts && organizationId !== null);
  const data = (contacts.data ?? []).map((contact) => ({ value: contact.id, label: contact.name }));
  if (initial && value === initial.id && !data.some((option) => option.value === initial.id)) {
    data.unshift({ value: initial.id, label: initial.name });
  }
  return (
    <Select
      label={t('salesDocuments.contact')}
      placeholder={organizationId ? t('salesDocuments.contactPlaceholder') : t('salesDocuments.contactFirst')}
      data={data}
      value={value}
      onChange={onChange}
      disabled={organizationId === null || !canReadContacts}
      searchable
      clearable
      nothingFoundMessage={t('salesDocuments.noContacts')}
    />
  );
}
