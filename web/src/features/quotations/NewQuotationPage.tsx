import type { Opportunity } from '@kontor/domain/opportunities';
import { Alert, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { showSubmitError } from '../../ui/problems';
import { TableSkeleton } from '../../ui/states';
import { useCreateQuotation, useOpportunity } from './api';
import { newDocumentValues, quotationPayload } from './documentForm';
import { editorPathOf } from './lineItems';
import { QuotationDates } from './QuotationDates';
import { SalesDocumentForm, useDocumentForm, useLanguage } from './SalesDocumentForm';

/** `/quotations/new`, or `?opportunityId=…` to quote an opportunity: its customer and contact come along. */
export function NewQuotationPage() {
  const [params] = useSearchParams();
  const opportunityId = params.get('opportunityId');
  const opportunity = useOpportunity(opportunityId);
  if (opportunityId && opportunity.isPending) return <TableSkeleton rows={6} />;
  return <NewQuotationForm opportunity={opportunity.data ?? null} missing={opportunity.isError} />;
}

function NewQuotationForm({ opportunity, missing }: { opportunity: Opportunity | null; missing: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const language = useLanguage();
  const form = useDocumentForm(
    newDocumentValues(
      language,
      opportunity
        ? {
            organizationId: opportunity.organizationId,
            leadId: opportunity.organizationId ? null : opportunity.leadId,
            contactId: opportunity.contactId,
            opportunityId: opportunity.id,
          }
        : {},
    ),
    'quotation',
  );
  const create = useCreateQuotation();
  const cancel = () => (location.key === 'default' ? navigate('/quotations') : navigate(-1));

  return (
    <>
      <PageHeader title={t('quotations.newTitle')} />
      <SalesDocumentForm
        form={form}
        kind="quotation"
        initialCustomer={
          opportunity?.organizationId && opportunity.organizationName
            ? { id: opportunity.organizationId, name: opportunity.organizationName }
            : null
        }
        initialContact={
          opportunity?.contactId && opportunity.contactName
            ? { id: opportunity.contactId, name: opportunity.contactName }
            : null
        }
        customerNote={
          opportunity ? (
            <Text size="sm" c="dimmed">
              {opportunity.organizationId
                ? t('quotations.forOpportunity', { name: opportunity.name })
                : t('quotations.forOpportunityLead', {
                    name: opportunity.name,
                    lead: opportunity.leadName ?? '',
                  })}
            </Text>
          ) : (
            missing && (
              <Alert color="orange" variant="light">
                {t('quotations.opportunityMissing')}
              </Alert>
            )
          )
        }
        dates={<QuotationDates form={form} creating />}
        submitLabel={t('quotations.saveDraft')}
        pending={create.isPending}
        onCancel={cancel}
        onSubmit={(values, markSaved) =>
          create.mutate(quotationPayload(values, language, true), {
            onError: (error) => showSubmitError(error, form, t, (path) => editorPathOf(path, values.lines)),
            onSuccess: (created) => {
              markSaved();
              notifications.show({
                color: 'teal',
                message: t('quotations.created', { label: created.label }),
              });
              navigate(`/quotations/${encodeURIComponent(created.id)}`, { replace: true });
            },
          })
        }
      />
    </>
  );
}
