import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmModal } from './ConfirmModal';
import { notifyError } from './problems';

interface DeleteMutation {
  isPending: boolean;
  mutate: (variables: undefined, options: { onError: (error: Error) => void; onSuccess: () => void }) => void;
}

/** Asks before deleting a record; once deleted, says so and goes back to the list. */
export function DeleteConfirm({
  opened,
  onClose,
  remove,
  title,
  message,
  deletedMessage,
  listPath,
}: {
  opened: boolean;
  onClose: () => void;
  remove: DeleteMutation;
  title: string;
  message: string;
  deletedMessage: string;
  listPath: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const confirmDelete = () =>
    remove.mutate(undefined, {
      onError: (error) => notifyError(error, t),
      onSuccess: () => {
        notifications.show({ color: 'teal', message: deletedMessage });
        navigate(listPath, { replace: true });
      },
    });
  return (
    <ConfirmModal
      opened={opened}
      title={title}
      message={message}
      confirmLabel={t('common.delete')}
      loading={remove.isPending}
      onConfirm={confirmDelete}
      onClose={onClose}
    />
  );
}
