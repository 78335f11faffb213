import { QUOTATION, type Quotation } from '@kontor/domain/quotations';
import { Button } from '@mantine/core';
import { IconFileInvoice, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import { usePermission } from '../../ui/session';
import { fetchQuotationsPage, QUOTATIONS_API, quotationsKey } from './api';
import { QuotationStatusBadge } from './StatusBadge';

/** Every quotation version the user may see, filterable, with saved views and export (S3). */
export function QuotationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWrite = usePermission('quotations.write');
  const canDelete = usePermission('quotations.delete');

  const newButton = canWrite && (
    <Button component={Link} to="/quotations/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('quotations.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('quotations.title')}
        description={t('quotations.description')}
        actions={newButton}
      />
      <RecordList<Quotation>
        record={QUOTATION}
        queryKey={quotationsKey}
        fetchPage={fetchQuotationsPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.label}
        apiPath={QUOTATIONS_API}
        // Only drafts can be deleted (the server refuses the rest); quotations have no other bulk action.
        bulk={{ write: canWrite, delete: canDelete, actions: ['delete'] }}
        rowHref={(row) => `/quotations/${encodeURIComponent(row.id)}`}
        cells={{
          // The printed number, with the version from the second one on.
          number: (row) => row.label,
          status: (row) => <QuotationStatusBadge status={row.status} />,
          net: (row) => format.money(row.netCents, row.currency),
          gross: (row) => format.money(row.grossCents, row.currency),
        }}
        empty={{
          icon: <IconFileInvoice aria-hidden />,
          title: t('quotations.emptyTitle'),
          description: t('quotations.emptyText'),
          action: newButton,
        }}
        onNew={canWrite ? () => navigate('/quotations/new') : undefined}
      />
    </>
  );
}
