import { QUOTATION, type QuotationDetail, quotationLabel } from '@kontor/domain/quotations';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../ui/api';
import { BackLink } from '../../ui/BackLink';
import { DetailSkeleton } from '../../ui/DetailParts';
import { usePermission } from '../../ui/session';
import { ErrorState } from '../../ui/states';
import { CustomerLinksPanel } from '../customer-link/CustomerLinksPanel';
import { useQuotation, useQuotationHistory } from './api';
import { DocumentHistory } from './DocumentHistory';
import { DocumentNotFound } from './DocumentNotFound';
import { DocumentTabs } from './DocumentTabs';
import { QuotationActions } from './QuotationActions';
import { QuotationHeader } from './QuotationHeader';
import { QuotationOverview } from './QuotationOverview';

export function QuotationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const quotation = useQuotation(id);
  if (quotation.isPending) return <DetailSkeleton />;
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
  return <QuotationDetailView key={id} quotation={quotation.data} />;
}

function QuotationDetailView({ quotation }: { quotation: QuotationDetail }) {
  const { t } = useTranslation();
  const canWrite = usePermission('quotations.write');
  return (
    <Stack gap="lg">
      <BackLink to="/quotations" label={t('quotations.backToList')} />
      <QuotationHeader quotation={quotation}>
        <QuotationActions quotation={quotation} />
      </QuotationHeader>
      <DocumentTabs
        recordType="quotation"
        recordId={quotation.id}
        recordName={quotationLabel(quotation.number, quotation.revision)}
        overview={<QuotationOverview quotation={quotation} />}
        history={<QuotationHistory id={quotation.id} />}
      />
      {/* Sharing needs a submitted, still open version; links made earlier stay listed. */}
      <CustomerLinksPanel quotationId={quotation.id} canShare={quotation.status === 'open' && canWrite} />
    </Stack>
  );
}

/** Mounted only while its tab is open, so the history loads when asked for. */
function QuotationHistory({ id }: { id: string }) {
  return <DocumentHistory record={QUOTATION} history={useQuotationHistory(id)} />;
}
