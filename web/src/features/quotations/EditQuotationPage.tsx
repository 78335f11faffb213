import type { QuotationDetail } from '@kontor/domain/quotations';
import { Alert, Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { changedFields } from '../../ui/changedFields';
import { PageHeader } from '../../ui/PageHeader';
import { isStaleVersion, showSubmitError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useQuotation, useUpdateQuotation } from './api';
import { DocumentNotFound } from './DocumentNotFound';
import { documentValues, quotationPayload } from './documentForm';
import { editorPathOf } from './lineItems';
import { QuotationDates } from './QuotationDates';
import { useRefusalText } from './refusals';
import { SalesDocumentForm, useDocumentForm, useLanguage } from './SalesDocumentForm';
import { useVersionedEdit } from './useVersionedEdit';

export function EditQuotationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const quotation = useQuotation(id);
  const refusal = useRefusalText('quotations');
  if (quotation.isPending) return <TableSkeleton rows={8} />;
  if (quotation.isError) {
    if (quotation.error instanceof ApiError && quotation.error.status === 404)
      return (
        <DocumentNotFound
          title={t('quotations.notFoundTitle')}
          text={t('quotations.notFoundText')}
          listPath="/quotations"
          backLabel={t('quotations.backToList')}
        />
      );
    return <ErrorState error={quotation.error} onRetry={() => quotation.refetch()} />;
  }
  const edit = quotation.data.allowedActions.edit;
  if (!edit?.ok) {
    return (
      <Alert color="orange" title={t('quotations.notEditableTitle')} role="alert">
        {refusal('edit', edit)}{' '}
        <Anchor component={Link} to={`/quotations/${encodeURIComponent(id)}`} size="sm">
          {t('quotations.backToQuotation')}
        </Anchor>
      </Alert>
    );
  }
  return (
    <EditForm key={id} quotation={quotation.data} reload={async () => (await quotation.refetch()).data} />
  );
}

function EditForm({
  quotation,
  reload,
}: {
  quotation: QuotationDetail;
  reload: () => Promise<QuotationDetail | undefined>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useLanguage();
  const form = useDocumentForm(documentValues(quotation, language), 'quotation');
  const update = useUpdateQuotation(quotation.id);
  const { base, conflict, setConflict, reloadLatest } = useVersionedEdit(quotation, form, reload, (latest) =>
    documentValues(latest, language),
  );
  const detailPath = `/quotations/${encodeURIComponent(quotation.id)}`;

  return (
    <>
      <PageHeader title={t('quotations.editTitle', { label: base.label })} />
      <SalesDocumentForm
        key={base.version}
        form={form}
        kind="quotation"
        initialCustomer={
          base.organizationId && base.organizationName
            ? { id: base.organizationId, name: base.organizationName }
            : null
        }
        initialContact={
          base.contactId && base.contactName ? { id: base.contactId, name: base.contactName } : null
        }
        dates={<QuotationDates form={form} creating={false} />}
        submitLabel={t('common.save')}
        pending={update.isPending}
        disabled={conflict}
        alert={conflict && <ConflictAlert onReload={reloadLatest} />}
        onCancel={() => navigate(detailPath)}
        onSubmit={(values, markSaved) => {
          // Only what changed goes to the server, so the history shows exactly the user's edits.
          const changed = changedFields(
            quotationPayload(documentValues(base, language), language, false),
            quotationPayload(values, language, false),
          );
          update.mutate(
            { version: base.version, ...changed },
            {
              onError: (error) =>
                isStaleVersion(error)
                  ? setConflict(true)
                  : showSubmitError(error, form, t, (path) => editorPathOf(path, values.lines)),
              onSuccess: (saved) => {
                markSaved();
                notifications.show({ color: 'teal', message: t('quotations.saved', { label: saved.label }) });
                navigate(detailPath);
              },
            },
          );
        }}
      />
    </>
  );
}
