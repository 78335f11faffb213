import type { DocumentItem } from '@kontor/domain/documents';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { notifyError } from '../../ui/problems';
import { useDeleteDocument } from './api';

/**
 * Deleting a document after asking: `ask(document)` opens the confirmation, `dialog` is the modal
 * to render. The texts name what the file is to the page (a document, an entry's attachment).
 */
export function useDocumentDeletion(texts: { title: string; message: (fileName: string) => string }) {
  const { t } = useTranslation();
  const remove = useDeleteDocument();
  const [deleting, setDeleting] = useState<DocumentItem | null>(null);

  const confirm = () => {
    if (!deleting) return;
    const name = deleting.fileName;
    remove.mutate(deleting, {
      onError: (error) => notifyError(error, t),
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('documents.deleted', { name }) });
        setDeleting(null);
      },
    });
  };

  const dialog = (
    <ConfirmModal
      opened={deleting !== null}
      title={texts.title}
      message={texts.message(deleting?.fileName ?? '')}
      confirmLabel={t('common.delete')}
      loading={remove.isPending}
      onConfirm={confirm}
      onClose={() => setDeleting(null)}
    />
  );
  return { ask: setDeleting, dialog };
}
