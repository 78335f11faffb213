import type { QuotationDetail } from '@kontor/domain/quotations';
import type { QuotationAction } from '@kontor/domain/sales-status';
import { notifications } from '@mantine/notifications';
import {
  IconBan,
  IconCopy,
  IconDownload,
  IconMoodSad,
  IconPencil,
  IconSend,
  IconShoppingCartCheck,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DeleteConfirm } from '../../ui/DeleteConfirm';
import { usePageKey } from '../../ui/keyboard';
import { notifyError } from '../../ui/problems';
import { usePermission } from '../../ui/session';
import { quotationPdfUrl, useDeleteQuotation, useQuotationAction } from './api';
import { type DocumentAction, DocumentActionBar } from './DocumentActionBar';
import { LostDialog } from './LostDialog';
import { useRefusalText } from './refusals';

/** What a quotation's page offers now, per its allowed actions (S5) and the user's permissions. */
export function QuotationActions({ quotation }: { quotation: QuotationDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refusal = useRefusalText('quotations');
  const canWrite = usePermission('quotations.write');
  const canDelete = usePermission('quotations.delete');
  const canOrder = usePermission('orders.write');
  const act = useQuotationAction(quotation.id);
  const remove = useDeleteQuotation(quotation.id);
  const [losing, setLosing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const path = (id: string) => `/quotations/${encodeURIComponent(id)}`;
  const editPath = `${path(quotation.id)}/edit`;

  /** Null when the user may take the action now, else why not. */
  const why = (action: QuotationAction): string | null => {
    if (!canWrite) return t('quotations.noWritePermission');
    if (action === 'order' && !canOrder) return t('quotations.noOrderPermission');
    const verdict = quotation.allowedActions[action];
    return verdict?.ok ? null : refusal(action, verdict);
  };

  const run = (action: 'submit' | 'new-version' | 'cancel' | 'order', done: string) =>
    act.mutate(
      { action, version: quotation.version },
      {
        onError: (error) => notifyError(error, t),
        onSuccess: (result) => {
          notifications.show({ color: 'teal', message: t(done, { label: result.label }) });
          if (action === 'new-version') navigate(path(result.id));
          if (action === 'order' && result.order) navigate(`/orders/${encodeURIComponent(result.order.id)}`);
        },
      },
    );

  usePageKey('e', why('edit') === null ? () => navigate(editPath) : undefined);

  const status = quotation.status;
  const actions: DocumentAction[] = [
    {
      key: 'edit',
      label: t('salesDocuments.edit'),
      icon: <IconPencil size={18} aria-hidden />,
      refusal: why('edit'),
      to: editPath,
    },
    {
      key: 'submit',
      label: t('quotations.actions.submit'),
      icon: <IconSend size={18} aria-hidden />,
      refusal: why('submit'),
      primary: status === 'draft',
      run: () => run('submit', 'quotations.done.submit'),
      confirm: {
        title: t('quotations.confirm.submitTitle'),
        message: t('quotations.confirm.submitText'),
        confirmLabel: t('quotations.actions.submit'),
      },
    },
    {
      key: 'order',
      label: t('quotations.actions.order'),
      icon: <IconShoppingCartCheck size={18} aria-hidden />,
      refusal: why('order'),
      primary: status === 'open',
      run: () => run('order', 'quotations.done.order'),
      confirm: {
        title: t('quotations.confirm.orderTitle'),
        message: t('quotations.confirm.orderText', { label: quotation.label }),
        confirmLabel: t('quotations.actions.order'),
      },
    },
    {
      key: 'new-version',
      label: t('quotations.actions.newVersion'),
      icon: <IconCopy size={18} aria-hidden />,
      refusal: why('new-version'),
      run: () => run('new-version', 'quotations.done.newVersion'),
    },
    {
      key: 'mark-lost',
      label: t('quotations.actions.markLost'),
      icon: <IconMoodSad size={18} aria-hidden />,
      refusal: why('mark-lost'),
      run: () => setLosing(true),
    },
    {
      key: 'cancel',
      label: t('quotations.actions.cancel'),
      icon: <IconBan size={18} aria-hidden />,
      refusal: why('cancel'),
      color: 'red',
      run: () => run('cancel', 'quotations.done.cancel'),
      confirm: {
        title: t('quotations.confirm.cancelTitle'),
        message: t('quotations.confirm.cancelText', { label: quotation.label }),
        confirmLabel: t('quotations.actions.cancel'),
      },
    },
    {
      key: 'pdf',
      label: t('quotations.actions.pdf'),
      icon: <IconDownload size={18} aria-hidden />,
      // Drafts too: the PDF is how one proofreads before sending.
      refusal: null,
      href: quotationPdfUrl(quotation.id),
    },
  ];
  // Only a draft can be deleted: a submitted number went to the customer and is cancelled instead.
  if (status === 'draft') {
    actions.push({
      key: 'delete',
      label: t('common.delete'),
      icon: <IconTrash size={18} aria-hidden />,
      refusal: canDelete ? null : t('quotations.noDeletePermission'),
      color: 'red',
      run: () => setDeleting(true),
    });
  }

  return (
    <>
      <DocumentActionBar actions={actions} pending={act.isPending ? (act.variables?.action ?? null) : null} />
      <LostDialog quotation={quotation} opened={losing} onClose={() => setLosing(false)} />
      <DeleteConfirm
        opened={deleting}
        onClose={() => setDeleting(false)}
        remove={remove}
        title={t('quotations.deleteTitle')}
        message={t('quotations.deleteText', { label: quotation.label })}
        deletedMessage={t('quotations.deleted', { label: quotation.label })}
        listPath="/quotations"
      />
    </>
  );
}
